package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.chatbatch.SharedSamples;
import uk.chatbatch.cli.CapturedOutput;
import uk.chatbatch.datasets.DatasetRegistry;
import uk.chatbatch.model.ColumnType;

/**
 * An independent reader: DuckDB's own Parquet reader (not parquet-java) opens every dataset of a sample run of
 * all three inputs (the bundled Annex A sample, the cs-demand-model SSDA903 sample and a CIN census sample, taken
 * as the sample LA's) and finds what the registry declares: the column types, REQUIRED keys, unique keys, the
 * footer's metadata, and {@code la_code} and {@code period_end} equal to the partition folders.
 */
class DuckDbReadsEveryDatasetTest {

    static final Path SSDA903 = SharedSamples.path("cs-demand-model/cs_demand_model_samples/combined");
    static final Path CIN = SharedSamples.path("liia-tools/liiatools/cin_census_pipeline/spec/samples/cin-2022.xml");
    static final String LA = "999";
    static final String PERIOD = "2026-09-30";

    /** How DuckDB names each column type of ours. */
    static final Map<ColumnType, String> DUCKDB_TYPE = Map.of(ColumnType.STRING, "VARCHAR", ColumnType.DATE, "DATE",
            ColumnType.INT32, "INTEGER", ColumnType.INT64, "BIGINT", ColumnType.DOUBLE, "DOUBLE",
            ColumnType.BOOLEAN, "BOOLEAN");

    @TempDir
    static Path dir;
    static Path out;
    static Connection duckdb;

    @BeforeAll
    static void runTheSampleWithBothReturns() throws SQLException {
        out = dir.resolve("output");
        // inputs given on the command line replace the job file's, so the bundled workbook is named again
        CapturedOutput run = CapturedOutput.launch("run", "jobs/sample-la.yml", "--annex-a",
                "input/sample/annex-a-sample.xlsx", "--ssda903", SSDA903.toString(),
                "--cin", CIN.toString(), "--accept-other-la-or-year", "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterAll
    static void close() throws SQLException {
        duckdb.close();
    }

    static Stream<DatasetRegistry.Entry> datasets() {
        return DatasetRegistry.all().stream();
    }

    @Test
    void theRunWritesEveryRegisteredDatasetAndNoOther() throws IOException {
        assertThat(folders(OutputLayout.PARQUET_DIR)).containsExactlyInAnyOrderElementsOf(names(Classification.INTERNAL));
        assertThat(folders(OutputLayout.SHAREABLE_DIR).stream()
                .filter(folder -> !folder.equals(uk.chatbatch.opendata.EesExport.DATASET)).toList())
                .as("child-level shareable tables are written only when asked; ees/ holds the DfE export's CSV files")
                .containsExactlyInAnyOrderElementsOf(names(Classification.SHAREABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void duckDbReadsTheDatasetAsDeclared(DatasetRegistry.Entry dataset) throws Exception {
        Path file = partition(dataset).resolve(OutputLayout.partFileName(0));
        String parquet = "'" + file.toString().replace("'", "''") + "'";

        // column types as DuckDB reads them, and REQUIRED exactly for the key columns
        Map<String, String> types = new LinkedHashMap<>();
        query("DESCRIBE SELECT * FROM read_parquet(" + parquet + ", hive_partitioning = false)", r -> types.put(r.getString(1), r.getString(2)));
        Map<String, String> repetition = new LinkedHashMap<>();
        query("SELECT name, repetition_type FROM parquet_schema(" + parquet + ") WHERE num_children IS NULL",
                r -> repetition.put(r.getString(1), r.getString(2)));
        Map<String, String> expectedTypes = new LinkedHashMap<>();
        Map<String, String> expectedRepetition = new LinkedHashMap<>();
        for (ColumnDef column : dataset.schema().columns()) {
            expectedTypes.put(column.name(), DUCKDB_TYPE.get(column.type()));
            expectedRepetition.put(column.name(), column.required() ? "REQUIRED" : "OPTIONAL");
        }
        assertThat(types).as("columns and types, in order").containsExactlyEntriesOf(expectedTypes);
        assertThat(repetition).containsExactlyEntriesOf(expectedRepetition);
        assertThat(dataset.schema().keyColumns()).as("la_code and period_end are keys of every dataset")
                .contains("la_code", "period_end").containsAll(dataset.key());

        // the declared key identifies a row
        if (!dataset.key().isEmpty()) {
            String key = String.join(", ", dataset.key());
            assertThat(single("SELECT count(*) FROM (SELECT " + key + " FROM read_parquet(" + parquet + ") GROUP BY "
                    + key + " HAVING count(*) > 1)")).as("rows sharing a key (" + key + ")").isEqualTo("0");
        }

        // the footer says what the file is
        Map<String, String> footer = new LinkedHashMap<>();
        query("SELECT decode(key), decode(value) FROM parquet_kv_metadata(" + parquet + ")",
                r -> footer.put(r.getString(1), r.getString(2)));
        assertThat(footer).containsEntry(DatasetProvenance.DATASET, dataset.name())
                .containsEntry(DatasetProvenance.CLASSIFICATION, dataset.classification().label())
                .containsEntry(DatasetProvenance.SCHEMA_VERSION_KEY, DatasetProvenance.SCHEMA_VERSION)
                .containsEntry(DatasetProvenance.PRODUCT_VERSION_KEY, DatasetProvenance.PRODUCT_VERSION)
                .containsEntry(DatasetProvenance.LA_CODE, LA).containsEntry(DatasetProvenance.PERIOD_END, PERIOD)
                .containsEntry(DatasetProvenance.REVISION, "1")
                .containsKeys(DatasetProvenance.CATALOGUE_VERSION_KEY, DatasetProvenance.PRODUCED_AT,
                        DatasetProvenance.JOB_INSTANCE_ID, DatasetProvenance.JOB_EXECUTION_ID)
                .doesNotContainKey(DatasetProvenance.EMPTY_REASON);
        assertThat(footer.get(DatasetProvenance.RUN_UUID)).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
        for (ColumnDef column : dataset.schema().columns()) {
            assertThat(footer.get(DatasetProvenance.descriptionKey(column.name()))).as(column.name() + "'s description")
                    .isNotBlank();
        }

        // la_code and period_end inside the file are its Hive folders, read with their types given
        String lake = "'" + out.resolve(folder(dataset)).resolve(dataset.name()).toString().replace("'", "''")
                + "/*/*/*.parquet'";
        assertThat(single("SELECT count(*) FROM read_parquet(" + lake + ", hive_partitioning = true,"
                + " hive_types = {'la': VARCHAR, 'period': DATE}) WHERE la_code <> la OR period_end <> period"))
                .isEqualTo("0");
        assertThat(single("SELECT count(DISTINCT (la_code, period_end)) FROM read_parquet(" + parquet + ")"))
                .as("one LA and period per file").isIn("0", "1");
    }

    @Test
    void theRunUuidIsOneForTheWholeRunAndDoubleStatisticsAreThere() throws Exception {
        TreeSet<String> uuids = new TreeSet<>();
        for (DatasetRegistry.Entry dataset : DatasetRegistry.all()) {
            String parquet = "'" + partition(dataset).resolve(OutputLayout.partFileName(0)) + "'";
            query("SELECT decode(value) FROM parquet_kv_metadata(" + parquet + ") WHERE decode(key) = '"
                    + DatasetProvenance.RUN_UUID + "'", r -> uuids.add(r.getString(1)));
        }
        assertThat(uuids).hasSize(1);

        String indicators = "'" + partition(DatasetRegistry.internal("indicators"))
                .resolve(OutputLayout.partFileName(0)) + "'";
        assertThat(single("SELECT stats_min IS NOT NULL AND stats_max IS NOT NULL FROM parquet_metadata(" + indicators
                + ") WHERE path_in_schema = 'value'")).isEqualTo("true");
        assertThat(single("SELECT string_agg(DISTINCT compression, ',') FROM parquet_metadata(" + indicators + ")"))
                .as("the default codec").isEqualTo("ZSTD");
    }

    private static List<String> names(Classification classification) {
        return DatasetRegistry.all().stream().filter(d -> d.classification() == classification)
                .map(DatasetRegistry.Entry::name).toList();
    }

    private static List<String> folders(String dir) throws IOException {
        try (Stream<Path> list = Files.list(out.resolve(dir))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).collect(Collectors.toList());
        }
    }

    private static String folder(DatasetRegistry.Entry dataset) {
        return dataset.classification() == Classification.INTERNAL ? OutputLayout.PARQUET_DIR : OutputLayout.SHAREABLE_DIR;
    }

    private static Path partition(DatasetRegistry.Entry dataset) {
        return out.resolve(folder(dataset)).resolve(dataset.name()).resolve("la=" + LA).resolve("period=" + PERIOD);
    }

    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private static void query(String sql, RowConsumer each) throws SQLException {
        try (Statement statement = duckdb.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                each.accept(rows);
            }
        }
    }

    private static String single(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        query(sql, r -> values.add(r.getString(1)));
        assertThat(values).as(sql).hasSize(1);
        return values.get(0);
    }
}
