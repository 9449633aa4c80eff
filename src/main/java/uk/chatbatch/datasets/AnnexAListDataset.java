package uk.chatbatch.datasets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.annexa.SourceRow;
import uk.chatbatch.model.ValueType;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * The clean rows of one Annex A list as a dataset: run columns, where each row came from, then the
 * list's fields in template order under their snake_case names (see {@link Field#column()}).
 */
public final class AnnexAListDataset {

    private static final int LEADING = 5;

    private AnnexAListDataset() {
    }

    private static final Map<AnnexAList, TableSchema> SCHEMAS = new EnumMap<>(AnnexAList.class);

    static {
        for (AnnexAList list : AnnexAList.values()) {
            SCHEMAS.put(list, build(list));
        }
    }

    public static TableSchema schema(AnnexAList list) {
        return SCHEMAS.get(list);
    }

    private static TableSchema build(AnnexAList list) {
        List<ColumnDef> columns = new ArrayList<>(List.of(
                new ColumnDef("la_code", ColumnType.STRING),
                new ColumnDef("period_end", ColumnType.DATE),
                new ColumnDef("source_file", ColumnType.STRING),
                new ColumnDef("source_sheet", ColumnType.STRING),
                new ColumnDef("source_row", ColumnType.INT32)));
        for (AnnexAList.Column column : list.columns()) {
            columns.add(new ColumnDef(column.field().column(), typeOf(column.field())));
        }
        return new TableSchema(list.dataset(), columns);
    }

    public static Object[] toRow(AnnexARecord record, String laCode, LocalDate periodEnd) {
        AnnexAList list = record.list();
        Object[] row = new Object[LEADING + list.columns().size()];
        row[0] = laCode;
        row[1] = periodEnd;
        row[2] = record.source().file();
        row[3] = record.source().sheet();
        row[4] = record.source().row();
        for (int i = 0; i < list.columns().size(); i++) {
            row[LEADING + i] = record.value(i);
        }
        return row;
    }

    public static AnnexARecord fromRow(AnnexAList list, Object[] row) {
        AnnexARecord.Builder builder = AnnexARecord.builder(list,
                new SourceRow((String) row[2], (String) row[3], (Integer) row[4]));
        for (int i = 0; i < list.columns().size(); i++) {
            builder.set(i, row[LEADING + i]);
        }
        return builder.build();
    }

    private static ColumnType typeOf(Field field) {
        return field.type().columnType();
    }
}
