package uk.chatbatch.datasets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.ValueType;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.model.ColumnType;
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
                CommonColumns.LA_CODE,
                CommonColumns.PERIOD_END,
                ColumnDef.key("source_file", ColumnType.STRING, "The input file the row was read from"),
                ColumnDef.of("source_sheet", ColumnType.STRING, "The workbook sheet the row was on"),
                ColumnDef.key("source_row", ColumnType.INT32,
                        "The row number as a spreadsheet shows it (CSV: the line)").inUnit("row number")));
        for (AnnexAList.Column column : list.columns()) {
            Field field = column.field();
            columns.add(ColumnDef.of(field.column(), typeOf(field), "Annex A: " + field.header()
                    + (field.codeList().isPresent() ? " (a code of the template's list)" : "")
                    + (field.identifiesChild() ? "; can identify a person, internal only" : ""))
                    .inUnit(switch (field.type()) {
                        case AGE -> "years";
                        case INTEGER -> "count";
                        default -> "";
                    }));
        }
        return new TableSchema(list.dataset(), columns);
    }

    public static Object[] toRow(TableRecord record, LaPeriod key) {
        int columns = record.table().fields().size();
        Object[] row = new Object[LEADING + columns];
        row[0] = key.laCode();
        row[1] = key.periodEnd();
        row[2] = record.source().file();
        row[3] = record.source().location();
        row[4] = record.source().row();
        for (int i = 0; i < columns; i++) {
            row[LEADING + i] = record.value(i);
        }
        return row;
    }

    public static TableRecord fromRow(AnnexAList list, Object[] row) {
        TableRecord.Builder builder = TableRecord.builder(list,
                Origin.inSheet((String) row[2], (String) row[3], (Integer) row[4]));
        for (int i = 0; i < list.columns().size(); i++) {
            builder.set(i, row[LEADING + i]);
        }
        return builder.build();
    }

    private static ColumnType typeOf(Field field) {
        return field.type().columnType();
    }
}
