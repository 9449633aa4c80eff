package uk.chatbatch.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.cli.CapturedOutput;
import uk.chatbatch.faults.PublishedOutputs;
import uk.chatbatch.model.LaPeriod;

/**
 * Several LAs in one run: three small generated LAs in one input folder, one sub-folder per LA code, run as a
 * partitioned step. What is asserted is what was written: each LA's datasets and report, read back.
 */
class RegionRunTest {

    private static final String PERIOD = "2026-09-30";

    @TempDir
    Path dir;

    /** Newcastle's folder is named by its ONS code; the other two by their DfE codes. */
    private Path threeLas() {
        Path region = dir.resolve("input/region");
        generate(region.resolve("E08000021/annex-a.xlsx"), 10, 11);
        generate(region.resolve("392/annex-a.xlsx"), 30, 12);
        generate(region.resolve("393/Annex_A_2026.xlsx"), 50, 13);
        return region;
    }

    private Path regionJobFile(Path region, Path output) throws IOException {
        // One LA is also listed, for its population; its extracts still come from its folder.
        return Files.writeString(dir.resolve("region-" + output.getFileName() + ".yml"), String.join("\n",
                "period_end: " + PERIOD,
                "output: " + output,
                "reports: [internal]",
                "inputs_by_la: " + region,
                "las:",
                "  - la_code: \"392\"",
                "    population: {aged_0_to_17: 41000}",
                ""));
    }

    @Test
    void threeLasInOneRunArePublishedAsEachAloneWouldBeAndOneOrTwoAtOnceWriteTheSame() throws Exception {
        Path region = threeLas();
        Path twoAtOnce = dir.resolve("two-at-once");
        Path oneAtATime = dir.resolve("one-at-a-time");

        CapturedOutput two = CapturedOutput.launch("run", regionJobFile(region, twoAtOnce).toString(),
                "--parallel-las", "2");
        CapturedOutput one = CapturedOutput.launch("run", regionJobFile(region, oneAtATime).toString(),
                "--parallel-las", "1");

        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.out()).contains("3 LAs (391,392,393), period ending 2026-09-30, 2 at once");
        assertThat(one.out()).contains("1 at once");
        assertThat(summaryLine(two, "391")).as("LA, name, status, rows read, indicators, PDFs (leaders' report and"
                + " appendix), time").matches("391 +Newcastle upon Tyne +completed +[\\d,]+ +\\d+ +2 +\\d+\\.\\d s");
        assertThat(summaryLine(two, "392")).contains("North Tyneside").contains(" completed ");
        assertThat(summaryLine(two, "393")).contains("South Tyneside").contains(" completed ");
        for (String la : new String[] {"391", "392", "393"}) {
            assertThat(twoAtOnce.resolve("parquet/indicators/la=" + la + "/period=" + PERIOD)).isDirectory();
            assertThat(twoAtOnce.resolve("reports/" + la + "/" + PERIOD + "/chat-appendix-internal.pdf")).isRegularFile();
        }
        // Rows read in the summary are the LA's ingest accounting: 392's line agrees with what it published.
        assertThat(summaryLine(two, "392")).contains(" " + PublishedRows.read(twoAtOnce, "392") + " ");

        TreeMap<String, java.util.List<String>> published = PublishedOutputs.read(twoAtOnce);
        assertThat(PublishedOutputs.read(oneAtATime)).isEqualTo(published);

        // LA 392 alone, with the same settings, publishes exactly what the region run published for it.
        Path alone = dir.resolve("alone");
        Path single = Files.writeString(dir.resolve("392.yml"), String.join("\n",
                "la_code: \"392\"", "period_end: " + PERIOD, "output: " + alone, "reports: [internal]",
                "population: {aged_0_to_17: 41000}",
                "inputs: {annex_a: " + region.resolve("392/annex-a.xlsx") + "}", ""));
        CapturedOutput run = CapturedOutput.launch("run", single.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, java.util.List<String>> aloneOutputs = PublishedOutputs.read(alone);
        assertThat(aloneOutputs).isNotEmpty();
        assertThat(onlyLa(published, "392")).isEqualTo(aloneOutputs);
        assertThat(aloneOutputs.get("parquet/indicators/la=392/period=" + PERIOD))
                .anyMatch(row -> row.contains("unit=per 10,000 children") && row.contains("status=computed"));
    }

    @Test
    void aBrokenWorkbookFailsItsLaAloneAndTheRestartRerunsOnlyThatLa() throws Exception {
        Path region = threeLas();
        Path broken = region.resolve("392/annex-a.xlsx");
        Files.writeString(broken, "this is not a workbook");
        Path out = dir.resolve("output");
        String[] run = {"run", regionJobFile(region, out).toString()};

        CapturedOutput failed = CapturedOutput.launch(run);

        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(5);
        assertThat(summaryLine(failed, "392")).contains("FAILED");
        assertThat(summaryLine(failed, "391")).contains(" completed ");
        assertThat(summaryLine(failed, "393")).contains(" completed ");
        assertThat(failed.err()).contains("LA 392 (North Tyneside) failed: annex-a.xlsx: is not an Excel workbook")
                .contains("1 of 3 LAs failed").doesNotContain("\tat ");
        assertThat(out.resolve("parquet/indicators/la=392/period=" + PERIOD)).doesNotExist();
        assertThat(out.resolve("reports/391/" + PERIOD + "/chat-appendix-internal.pdf")).isRegularFile();
        assertThat(out.resolve("reports/393/" + PERIOD + "/chat-appendix-internal.pdf")).isRegularFile();
        Map<Path, FileTime> othersBefore = modificationTimes(out, "391", "393");

        Files.delete(broken);
        generate(broken, 30, 12);
        CapturedOutput restarted = CapturedOutput.launch(run);

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(summaryLine(restarted, "392")).contains(" completed ");
        assertThat(summaryLine(restarted, "391")).contains("completed earlier");
        assertThat(summaryLine(restarted, "393")).contains("completed earlier");
        assertThat(restarted.out()).contains("LA 392: Reading Annex A").doesNotContain("LA 391: Reading")
                .doesNotContain("LA 393: Reading");
        assertThat(out.resolve("reports/392/" + PERIOD + "/chat-appendix-internal.pdf")).isRegularFile();
        assertThat(modificationTimes(out, "391", "393")).isEqualTo(othersBefore);

        CapturedOutput again = CapturedOutput.launch(run);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already completed; nothing was run");
        assertThat(modificationTimes(out, "391", "393")).isEqualTo(othersBefore);
    }

    /**
     * generate --las writes real LAs' codes with synthetic data, and its region.yml declares them synthetic: the
     * console, every dataset's footer and every report page say so, so the outputs cannot pass for those LAs' own.
     */
    @Test
    void aGeneratedRegionSaysSyntheticDataOnTheConsoleInEveryFooterAndOnEveryPage() throws Exception {
        Path region = dir.resolve("generated");
        CapturedOutput made = CapturedOutput.launch("generate", "--las", "2", "--children", "30", "--seed", "5",
                "--period-end", PERIOD, "--output", region.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        Path out = dir.resolve("generated-out");

        CapturedOutput run = CapturedOutput.launch("run", region.resolve("region.yml").toString(), "--output",
                out.toString(), "--reports", "internal");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("2 LAs (201,202; synthetic data: 201,202)");
        for (String la : new String[] {"201", "202"}) {
            for (String dataset : new String[] {"parquet/indicators", "shareable/indicators"}) {
                Path file = uk.chatbatch.output.ParquetTableReader.partFiles(
                        out.resolve(dataset + "/la=" + la + "/period=" + PERIOD)).get(0);
                assertThat(uk.chatbatch.output.ParquetTableReader.keyValueMetadata(file)).as(file.toString())
                        .containsEntry("chat_batch.synthetic_la", "true").containsEntry("chat_batch.la_code", la);
            }
            String appendix = PublishedOutputs.read(out).get("reports/" + la + "/" + PERIOD
                    + "/chat-appendix-internal.pdf").get(1);
            int pages = Integer.parseInt(PublishedOutputs.read(out).get("reports/" + la + "/" + PERIOD
                    + "/chat-appendix-internal.pdf").get(0).substring("pages=".length()));
            assertThat(appendix).contains("(LA " + la + ", synthetic data)");
            assertThat(appendix.split("\\(" + la + ", synthetic data\\) · period end", -1)).as("every page's footer")
                    .hasSize(pages + 1);
        }
    }

    private static String summaryLine(CapturedOutput run, String la) {
        return run.out().lines().filter(l -> l.startsWith(la + "   ")).findFirst()
                .orElseThrow(() -> new AssertionError("no summary line for LA " + la + " in:\n" + run.out()));
    }

    private static Map<String, java.util.List<String>> onlyLa(Map<String, java.util.List<String>> outputs, String la) {
        return outputs.entrySet().stream()
                .filter(e -> e.getKey().contains("/la=" + la + "/") || e.getKey().startsWith("reports/" + la + "/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    /** Every published file of these LAs with its modification time. */
    private static Map<Path, FileTime> modificationTimes(Path out, String... las) throws IOException {
        Map<Path, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String relative = out.relativize(f).toString();
                for (String la : las) {
                    if (relative.contains("/la=" + la + "/") || relative.startsWith("reports/" + la + "/")) {
                        times.put(f, Files.getLastModifiedTime(f));
                    }
                }
            }
        }
        assertThat(times).hasSizeGreaterThan(10);
        return times;
    }

    private static void generate(Path file, int children, int seed) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CapturedOutput made = CapturedOutput.launch("generate", "--children", String.valueOf(children), "--seed",
                String.valueOf(seed), "--period-end", PERIOD, "--output", file.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
    }

    /** The rows read across an LA's inputs, from its published ingest summary. */
    private static final class PublishedRows {
        static String read(Path out, String la) throws IOException {
            long rows = new uk.chatbatch.pipeline.PublishedDatasets(new uk.chatbatch.output.OutputLayout(out),
                    new uk.chatbatch.model.LaPeriod(la, java.time.LocalDate.parse(PERIOD))).sourceSummaries().stream()
                    .mapToLong(uk.chatbatch.datasets.SourceSummary::rowsRead).sum();
            assertThat(rows).isPositive();
            return String.format("%,d", rows);
        }
    }
}
