package uk.chatbatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.rollup.Rollup;
import uk.chatbatch.rollup.RollupSelection;
import uk.chatbatch.rollup.synthetic.SyntheticRegion;

/**
 * Issue 11's promise: the Spark job writes the same {@code benchmarking} and {@code benchmarking_trend} rows as the
 * in-JVM roll-up, on the synthetic England of 153 LAs x 12 periods. Rows compared in file order (both sort as the
 * contract says); strings, integers, booleans, dates and nulls exactly, doubles within 1e-9 relative (Spark sums
 * the mean in another order). Prints both wall times, the figures the README gives.
 */
class SparkRollupEqualsInJvmIT {

    private static final double RELATIVE = 1e-9;

    @TempDir
    static Path dir;

    private static Rollup.Result inJvm;
    private static SparkRollupJob spark;
    private static Path sparkOutput;

    @BeforeAll
    static void rollUpEnglandBothWays() throws Exception {
        Path region = dir.resolve("region");
        new SyntheticRegion().write(region, new SyntheticRegion.Options(153, 12, 11, LocalDate.of(2026, 3, 31)), 2);
        long started = System.nanoTime();
        inJvm = Rollup.run(RollupSelection.choose(List.of(region), Optional.empty(), List.of(), Optional.empty()),
                dir.resolve("in-jvm"), m -> { });
        double inJvmSeconds = (System.nanoTime() - started) / 1e9;
        sparkOutput = dir.resolve("spark");
        spark = SparkRollupJob.run(dir.resolve("console"), "--from", region.toString(), "--output",
                sparkOutput.toString());
        assertThat(spark.exitCode()).as(spark.toString()).isZero();
        System.out.printf("153 LAs x 12 periods, %d benchmarking rows: in-JVM roll-up %.1f s (in this JVM),"
                        + " Spark job %.1f s (java -jar, local[2], JVM start to exit)%n", inJvm.rows(), inJvmSeconds,
                spark.took().toMillis() / 1e3);
    }

    @Test
    void bothNameTheSameGroupAndPeriods() throws IOException {
        assertThat(inJvm.group().id()).startsWith("la-set-"); // 153 LAs span every region
        Path sparkGroup = sparkOutput.resolve("benchmarking/group=" + inJvm.group().id());
        assertThat(periodFolders(sparkGroup)).hasSize(12).isEqualTo(periodFolders(inJvm.benchmarking()));
        assertThat(spark.out()).contains("Rolled up 153 LAs (" + inJvm.group().id() + "), latest period 2026-03-31: "
                + inJvm.rows() + " benchmarking rows");
    }

    @Test
    void benchmarkingRowsAreTheSameRowForRow() throws IOException {
        long compared = 0;
        for (String period : periodFolders(inJvm.benchmarking())) {
            TableData expected = ParquetTableReader.read(inJvm.benchmarking().resolve(period));
            TableData actual = ParquetTableReader.read(sparkOutput.resolve("benchmarking/group=" + inJvm.group().id())
                    .resolve(period));
            compared += assertSameRows(expected, actual, "benchmarking " + period);
        }
        assertThat(compared).isEqualTo(inJvm.rows()).isGreaterThan(153L * 12 * 100);
    }

    @Test
    void trendRowsAreTheSameRowForRow() throws IOException {
        TableData expected = ParquetTableReader.read(inJvm.trend());
        TableData actual = ParquetTableReader.read(sparkOutput.resolve("benchmarking_trend/group=" + inJvm.group().id()
                + "/part-00000.parquet"));
        assertThat(assertSameRows(expected, actual, "benchmarking_trend")).isEqualTo(inJvm.trendRows());
    }

    /** @return rows compared */
    private static long assertSameRows(TableData expected, TableData actual, String what) {
        // names and types: Spark marks a group key and a count non-nullable (REQUIRED), which no reader minds
        assertThat(actual.schema().columns()).as(what + " columns").map(c -> c.name() + " " + c.type())
                .isEqualTo(expected.schema().columns().stream().map(c -> c.name() + " " + c.type()).toList());
        assertThat(actual.rowCount()).as(what + " rows").isEqualTo(expected.rowCount());
        List<ColumnDef> columns = expected.schema().columns();
        for (int i = 0; i < expected.rowCount(); i++) {
            Object[] e = expected.rows().get(i);
            Object[] a = actual.rows().get(i);
            for (int c = 0; c < columns.size(); c++) {
                if (!same(e[c], a[c])) {
                    throw new AssertionError(what + " row " + i + " column " + columns.get(c).name() + ": Spark wrote "
                            + a[c] + ", the in-JVM roll-up " + e[c] + "\n in-JVM: " + Arrays.toString(e)
                            + "\n Spark:  " + Arrays.toString(a));
                }
            }
        }
        return expected.rowCount();
    }

    /** Equal, or both doubles within {@value #RELATIVE} of each other relative to the larger. */
    private static boolean same(Object expected, Object actual) {
        if (expected instanceof Double x && actual instanceof Double y) {
            return x.equals(y) || Math.abs(x - y) <= RELATIVE * Math.max(Math.abs(x), Math.abs(y));
        }
        return Objects.equals(expected, actual);
    }

    private static List<String> periodFolders(Path group) throws IOException {
        try (Stream<Path> periods = Files.list(group)) {
            return new ArrayList<>(periods.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList());
        }
    }
}
