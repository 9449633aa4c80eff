package uk.chatbatch.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.datasets.QuarantineDataset;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.datasets.TableDataset;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.TableData;
import uk.chatbatch.output.TableSchema;

/** The published contract of the CIN datasets: names, columns, and rows that survive Parquet unchanged. */
class CinTableDatasetTest {

    private static final List<String> LEADING = List.of("la_code", "period_end", "census_year", "source_file",
            "source_line", "source_location");
    private static final LocalDate PERIOD_END = LocalDate.of(2024, 3, 31);

    @TempDir
    Path dir;

    private static List<String> columns(CinTable table) {
        List<String> names = new ArrayList<>();
        for (ColumnDef c : TableDataset.schema(table).columns()) {
            names.add(c.name());
        }
        return names.subList(LEADING.size(), names.size());
    }

    @Test
    void everyTableIsADatasetNamedCinUnderscoreTableWithItsColumnsAfterTheRunColumns() {
        for (CinTable table : CinTable.values()) {
            TableSchema schema = TableDataset.schema(table);
            assertThat(schema.name()).isEqualTo("cin_" + table.tableName());
            assertThat(schema.columns()).extracting(ColumnDef::name).startsWith(LEADING.toArray(String[]::new));
        }
        assertThat(columns(CinTable.CHILD)).containsExactly("la_child_id", "upn", "former_upn", "upn_unknown",
                "person_birth_date", "expected_person_birth_date", "sex", "gender_current", "person_death_date",
                "ethnicity");
        assertThat(columns(CinTable.DISABILITY)).containsExactly("la_child_id", "disability");
        assertThat(columns(CinTable.EPISODE)).containsExactly("la_child_id", "cin_details_seq", "cin_referral_date",
                "referral_source", "primary_need_code", "cin_closure_date", "reason_for_closure", "date_of_initial_cpc",
                "referral_nfa");
        assertThat(columns(CinTable.ASSESSMENT)).containsExactly("la_child_id", "cin_details_seq", "cin_referral_date",
                "assessment_seq", "assessment_actual_start_date", "assessment_internal_review_date",
                "assessment_authorisation_date");
        assertThat(columns(CinTable.ASSESSMENT_FACTOR)).containsExactly("la_child_id", "cin_details_seq",
                "cin_referral_date", "assessment_seq", "assessment_actual_start_date", "assessment_factors");
        assertThat(columns(CinTable.PLAN)).containsExactly("la_child_id", "cin_details_seq", "cin_referral_date",
                "cin_plan_seq", "cin_plan_start_date", "cin_plan_end_date");
        assertThat(columns(CinTable.SECTION_47)).containsExactly("la_child_id", "cin_details_seq", "cin_referral_date",
                "section47_seq", "s47_actual_start_date", "initial_cpc_target", "date_of_initial_cpc",
                "icpc_not_required");
        assertThat(columns(CinTable.CP_PLAN)).containsExactly("la_child_id", "cin_details_seq", "cin_referral_date",
                "cpp_seq", "cpp_start_date", "cpp_end_date", "initial_category_of_abuse", "latest_category_of_abuse",
                "number_of_previous_cpp");
        assertThat(columns(CinTable.CP_REVIEW)).containsExactly("la_child_id", "cin_details_seq", "cin_referral_date",
                "cpp_seq", "cpp_start_date", "cpp_review_date");
    }

    @Test
    void everyRowOfEverySampleTableSurvivesParquet() throws Exception {
        CinCollectingSink sink = new CinCollectingSink();
        CinCensusIngest.read(CinSampleFilesTest.D2I.resolve("CIN_Census_2024.xml"), sink);

        for (CinTable table : CinTable.values()) {
            List<TableRecord> records = sink.clean(table);
            assertThat(records).as(table.label()).isNotEmpty();
            Path file = dir.resolve(table.dataset() + ".parquet");
            try (ParquetTableWriter writer = ParquetTableWriter.create(file, TableDataset.schema(table))) {
                for (TableRecord record : records) {
                    writer.write(TableDataset.toRow(record, new LaPeriod("201", PERIOD_END)));
                }
            }
            TableData back = ParquetTableReader.read(file);
            assertThat(back.schema()).isEqualTo(TableDataset.schema(table));
            List<TableRecord> read = back.rows().stream().map(row -> TableDataset.fromRow(table, row)).toList();
            assertThat(read).as(table.label()).isEqualTo(records);
            assertThat(back.value(0, "la_code")).isEqualTo("201");
            assertThat(back.value(0, "census_year")).isEqualTo(2024);
        }
    }

    @Test
    void aFileWithoutACensusYearWritesItAsNull() {
        CinCollectingSink sink = CinXml.read("<Message><Children>" + CinXml.child("C1") + "</Children></Message>");
        Object[] row = TableDataset.toRow(sink.clean(CinTable.CHILD).get(0), new LaPeriod("201", PERIOD_END));

        assertThat(row[2]).isNull();
        assertThat(TableDataset.fromRow(CinTable.CHILD, row)).isEqualTo(sink.clean(CinTable.CHILD).get(0));
    }

    @Test
    void quarantinedRecordsJoinTheSharedQuarantineDataset() throws Exception {
        CinCollectingSink sink = new CinCollectingSink();
        CinCensusIngest.read(CinSampleFilesTest.LIIA_NEGATIVE, sink);
        Path file = dir.resolve("quarantine.parquet");

        try (ParquetTableWriter writer = ParquetTableWriter.create(file, QuarantineDataset.SCHEMA)) {
            for (QuarantinedRecord record : sink.quarantined()) {
                writer.write(uk.chatbatch.datasets.QuarantineDataset.toRow(record, new LaPeriod("201", PERIOD_END)));
            }
        }
        TableData back = ParquetTableReader.read(file);
        assertThat(back.rowCount()).isEqualTo(11);
        assertThat(back.value(0, "list")).isEqualTo("CIN children");
        assertThat(back.value(0, "source_sheet")).isEqualTo("child 2");
        assertThat(back.value(0, "source_row")).isEqualTo(75);
        assertThat(back.value(0, "issue_codes")).isEqualTo("cin_unrecognised_element,missing_identifier,"
                + "cin_missing_element");
        assertThat((String) back.value(0, "raw_values")).startsWith("la_child_id:  | upn: A123456789123 | ");
    }
}
