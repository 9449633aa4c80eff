package uk.chatbatch.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.PartialDate;
import uk.chatbatch.datasets.TableDataset;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.TableData;
import uk.chatbatch.output.TableSchema;

class Ssda903DatasetTest {

    private static final LocalDate PERIOD_END = LocalDate.of(2025, 3, 31);
    private static final Optional<CollectionYear> Y2024 = Optional.of(CollectionYear.startingIn(2024));

    @TempDir
    Path dir;

    @Test
    void everyTableIsADatasetWithRunColumnsYearSourceAndItsFieldsInSnakeCase() {
        TableSchema episodes = TableDataset.schema(Ssda903Table.EPISODES);
        assertThat(episodes.name()).isEqualTo("ssda903_episodes");
        assertThat(episodes.columns()).extracting(ColumnDef::name).containsExactly("la_code", "period_end",
                "collection_year", "source_file", "source_row", "child", "decom", "rne", "ls", "cin", "place",
                "place_provider", "dec", "rec", "reason_place_change", "home_post", "pl_post", "urn");
        assertThat(episodes.columns()).extracting(ColumnDef::type).containsExactly(ColumnType.STRING,
                ColumnType.DATE, ColumnType.STRING, ColumnType.STRING, ColumnType.INT32, ColumnType.STRING,
                ColumnType.DATE, ColumnType.STRING, ColumnType.STRING, ColumnType.STRING, ColumnType.STRING,
                ColumnType.STRING, ColumnType.DATE, ColumnType.STRING, ColumnType.STRING, ColumnType.STRING,
                ColumnType.STRING, ColumnType.STRING);
        assertThat(TableDataset.schema(Ssda903Table.OC2).columns().get(7))
                .isEqualTo(ColumnDef.of("sdq_score", ColumnType.INT32, "SSDA903 SDQ_SCORE"));
        assertThat(Ssda903Table.values()).extracting(t -> TableDataset.schema(t).name()).containsExactly(
                "ssda903_header", "ssda903_episodes", "ssda903_reviews", "ssda903_uasc", "ssda903_oc2", "ssda903_oc3",
                "ssda903_ad1", "ssda903_placed_adoption", "ssda903_prev_perm", "ssda903_missing",
                "ssda903_sw_episodes", "ssda903_dolo");
    }

    @Test
    void aPartialDateIsItsTextItsKnownPartsAndTheDateWhenComplete() {
        TableSchema prevPerm = TableDataset.schema(Ssda903Table.PREV_PERM);
        assertThat(prevPerm.columns().subList(8, prevPerm.columnCount())).extracting(ColumnDef::name, ColumnDef::type)
                .containsExactly(
                        tuple("la_perm", ColumnType.STRING),
                        tuple("date_perm", ColumnType.STRING),
                        tuple("date_perm_day", ColumnType.INT32),
                        tuple("date_perm_month", ColumnType.INT32),
                        tuple("date_perm_year", ColumnType.INT32),
                        tuple("date_perm_date", ColumnType.DATE));

        Object[] dayUnknown = TableDataset.toRow(prevPerm("ZZ/05/2021"), new LaPeriod("316", PERIOD_END));
        assertThat(Arrays.asList(dayUnknown).subList(9, 14)).containsExactly("ZZ/05/2021", null, 5, 2021, null);
        Object[] known = TableDataset.toRow(prevPerm("14/02/2019"), new LaPeriod("316", PERIOD_END));
        assertThat(Arrays.asList(known).subList(9, 14)).containsExactly("14/02/2019", 14, 2, 2019, LocalDate.of(2019, 2, 14));
    }

    @Test
    void rowsGoToParquetAndComeBackAsTheSameRecords() throws Exception {
        List<TableRecord> records = List.of(
                prevPerm("ZZ/ZZ/1993"),
                prevPerm(null),
                TableRecord.builder(Ssda903Table.PREV_PERM, new Origin("prev.csv", 9, Optional.empty()))
                        .set(Ssda903Field.CHILD, "X").build());
        TableSchema schema = TableDataset.schema(Ssda903Table.PREV_PERM);
        Path file = dir.resolve("part-00000.parquet");
        try (ParquetTableWriter writer = ParquetTableWriter.create(file, schema)) {
            for (TableRecord record : records) {
                writer.write(TableDataset.toRow(record, new LaPeriod("316", PERIOD_END)));
            }
        }
        TableData data = ParquetTableReader.read(file);
        assertThat(data.schema()).isEqualTo(schema);
        List<TableRecord> back = new ArrayList<>();
        for (Object[] row : data.rows()) {
            back.add(TableDataset.fromRow(Ssda903Table.PREV_PERM, row));
        }
        assertThat(back).isEqualTo(records);
        assertThat(data.column("collection_year")).containsExactly("2024-25", "2024-25", null);
    }

    @Test
    void everyTableRoundTripsThroughItsRowForm() {
        for (Ssda903Table table : Ssda903Table.values()) {
            TableRecord.Builder builder = TableRecord.builder(table, new Origin("f.csv", 2, Y2024));
            for (Ssda903Table.Column column : table.columns()) {
                builder.set(column.field(), switch (column.field().type()) {
                    case DATE -> LocalDate.of(2024, 5, 1);
                    case INTEGER -> 7;
                    case PARTIAL_DATE -> PartialDate.parse("05/ZZ/2020").orElseThrow();
                    default -> "X";
                });
            }
            TableRecord record = builder.build();
            Object[] row = TableDataset.toRow(record, new LaPeriod("316", PERIOD_END));
            TableSchema schema = TableDataset.schema(table);
            assertThat(row).as(table.title()).hasSize(schema.columnCount());
            for (int i = 0; i < row.length; i++) {
                assertThat(schema.columns().get(i).type().accepts(row[i])).as(schema.columns().get(i).name()).isTrue();
            }
            assertThat(TableDataset.fromRow(table, row)).isEqualTo(record);
        }
    }

    private static TableRecord prevPerm(String datePerm) {
        return TableRecord.builder(Ssda903Table.PREV_PERM, new Origin("2024-25/prev.csv", 2, Y2024))
                .set(Ssda903Field.CHILD, "1001").set(Ssda903Field.DOB, LocalDate.of(2015, 1, 1))
                .set(Ssda903Field.PREV_PERM, "P1").set(Ssda903Field.LA_PERM, "316")
                .set(Ssda903Field.DATE_PERM, datePerm == null ? null : PartialDate.parse(datePerm).orElseThrow())
                .build();
    }
}
