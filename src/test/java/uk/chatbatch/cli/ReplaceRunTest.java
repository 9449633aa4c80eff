package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.datasets.IngestSummaryDataset;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.faults.PublishedOutputs;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * {@code run --replace}: a completed LA and period is republished from corrected inputs as its next revision, the
 * outputs it replaces kept byte for byte under {@code revisions/}; without the option a completed period is not run
 * again and the message names it; a failed replacement leaves the published revision intact and its restart
 * finishes the replacement.
 */
class ReplaceRunTest {

    private static final String PERIOD = "2026-09-30";
    /** Every published item of LA 999 and the period, relative to the output folder (or to a kept folder). */
    private static final String ITEMS = "(parquet|shareable)/[a-z0-9_]+/la=999/period=2026-09-30/.*|reports/999/2026-09-30/.*";

    @TempDir
    static Path inputs;

    /** The extract first sent, and the corrected one (another seed: different children, so different figures). */
    private static Path first;
    private static Path corrected;

    @TempDir
    Path dir;

    @BeforeAll
    static void twoExtracts() {
        first = inputs.resolve("first.xlsx");
        corrected = inputs.resolve("corrected.xlsx");
        assertThat(Launcher.execute("generate", "--children", "60", "--seed", "1", "--period-end", PERIOD,
                "--output", first.toString())).isZero();
        assertThat(Launcher.execute("generate", "--children", "60", "--seed", "2", "--period-end", PERIOD,
                "--output", corrected.toString())).isZero();
    }

    @Test
    void aReplacementPublishesRevision2FromTheCorrectedInputsAndKeepsRevision1ByteForByte() throws Exception {
        Path out = dir.resolve("output");
        assertThat(run(first, out).exitCode()).isZero();
        Map<String, String> revision1 = published(out);
        long revision1RunId = runId(out);

        // Without --replace: nothing runs, nothing changes, and the message says how to replace.
        CapturedOutput again = run(corrected, out);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("LA 999, period ending 2026-09-30: already completed; nothing was run")
                .contains("run again with --replace");
        assertThat(published(out)).isEqualTo(revision1);

        CapturedOutput replaced = run(corrected, out, "--replace");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("replacing revision 1 with revision 2")
                .contains("Steps: ingest").contains("replace ").contains("Revision 2 of LA 999, period ending"
                        + " 2026-09-30 is published; it replaces revision 1, whose outputs are kept in "
                        + out.resolve("revisions/999/2026-09-30"));
        Path kept1 = onlyKeptFolder(out, "-r1");
        assertThat(published(kept1)).as("revision 1, kept byte for byte").isEqualTo(revision1);

        // Revision 2 is exactly what the corrected extract publishes in a fresh output folder (run ids aside).
        Path fresh = dir.resolve("fresh");
        assertThat(run(corrected, fresh).exitCode()).isZero();
        assertThat(withoutRevisionLine(PublishedOutputs.read(out), 2)).isEqualTo(PublishedOutputs.read(fresh));
        assertThat(contactsRead(out)).as("List 1 rows read: the corrected extract's")
                .isEqualTo(contactsRead(fresh)).isNotEqualTo(contactsRead(kept1));
        assertThat(runId(out)).as("a new run").isNotEqualTo(revision1RunId);

        // Replaced again (the first extract was right after all): revision 3, revision 2 kept beside revision 1.
        Map<String, String> revision2 = published(out);
        CapturedOutput third = run(first, out, "--replace");
        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(third.out()).contains("Revision 3 of LA 999").contains("it replaces revision 2");
        withoutRevisionLine(PublishedOutputs.read(out), 3);
        assertThat(published(onlyKeptFolder(out, "-r2"))).isEqualTo(revision2);
        assertThat(published(onlyKeptFolder(out, "-r1"))).isEqualTo(revision1);
        assertThat(contactsRead(out)).isEqualTo(contactsRead(kept1));

        assertThat(run(first, out).out()).contains("already completed (revision 3); nothing was run");
    }

    @Test
    void aFailedReplacementLeavesRevision1PublishedAndItsRestartFinishesTheReplacement() throws Exception {
        Path out = dir.resolve("output");
        assertThat(run(first, out).exitCode()).isZero();
        Map<String, String> revision1 = published(out);

        // An unreadable extract is refused before anything runs.
        Path notAWorkbook = Files.writeString(dir.resolve("corrected.xlsx"), "not a workbook");
        CapturedOutput refused = run(notAWorkbook, out, "--replace");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(published(out)).isEqualTo(revision1);

        // A file where the kept revisions go: the replacement runs, then its swap cannot keep revision 1, so fails.
        Path blocker = Files.writeString(out.resolve("revisions"), "in the way");
        CapturedOutput failed = run(corrected, out, "--replace");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("replace ").contains("(failed)");
        assertThat(published(out)).as("revision 1 still published, nothing of revision 2 visible")
                .isEqualTo(revision1);

        CapturedOutput withoutReplace = run(corrected, out);
        assertThat(withoutReplace.exitCode()).isZero();
        assertThat(withoutReplace.out()).contains("the replacement by revision 2 did not complete, so it stopped while"
                + " swapping its outputs in and nothing was run; to finish the replacement, run again with --replace.");
        assertThat(published(out)).isEqualTo(revision1);

        Files.delete(blocker);
        CapturedOutput restarted = run(corrected, out, "--replace");
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("restarting the replacement (revision 2)")
                .contains("Revision 2 of LA 999");
        String steps = restarted.out().lines().filter(l -> l.startsWith("Steps:")).findFirst().orElseThrow();
        assertThat(steps).as("only the failed step runs again").startsWith("Steps: replace").doesNotContain("ingest");
        assertThat(published(onlyKeptFolder(out, "-r1"))).isEqualTo(revision1);
        Path fresh = dir.resolve("fresh");
        assertThat(run(corrected, fresh).exitCode()).isZero();
        assertThat(withoutRevisionLine(PublishedOutputs.read(out), 2)).isEqualTo(PublishedOutputs.read(fresh));
    }

    @Test
    void aRunOfSeveralLasRefusesReplaceInOneSentence() throws Exception {
        Path region = Files.createDirectories(dir.resolve("region/999"));
        Files.copy(first, region.resolve("annex-a.xlsx"));
        CapturedOutput refused = CapturedOutput.launch("run", "--inputs-by-la", dir.resolve("region").toString(),
                "--period-end", PERIOD, "--output", dir.resolve("output").toString(), "--replace");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("--replace republishes one LA and period: run it for each LA to"
                + " republish (run --la <code> --period-end <date> with that LA's corrected inputs --replace).");
        assertThat(dir.resolve("output/parquet")).doesNotExist();
    }

    /**
     * The published outputs with what marks a PDF as a replacement taken out, after checking it is there: the footer's
     * "· revision 2" on every page, and the appendix cover's line "Revision 2: replaces revision 1 ...". What is left
     * is what a first run of the same inputs publishes.
     */
    private static Map<String, List<String>> withoutRevisionLine(Map<String, List<String>> published, int revision) {
        String footer = " · revision " + revision;
        String cover = "Revision " + revision + ": replaces revision " + (revision - 1) + " of this LA and period, which"
                + " is kept in the output folder under revisions/.";
        Map<String, List<String>> without = new TreeMap<>();
        published.forEach((item, content) -> {
            if (item.endsWith(".pdf")) {
                String text = content.get(1);
                int pages = Integer.parseInt(content.get(0).substring("pages=".length()));
                assertThat(text.split(footer, -1)).as(item + ": the footer of every page").hasSize(pages + 1);
                if (item.contains("appendix")) {
                    assertThat(text.replaceAll("\\s+", " ")).as(item).contains(cover);
                }
                String cut = text.replace(footer, "")
                        .replaceAll("\\s*" + cover.replace(".", "\\.").replace(" ", "\\s+"), "");
                without.put(item, List.of(content.get(0), cut));
            } else {
                // every file's footer says which revision it is; a fresh run's say 1
                String key = ": " + uk.chatbatch.output.DatasetProvenance.REVISION + "=";
                without.put(item, content.stream().map(line -> {
                    if (!line.contains(key)) {
                        return line;
                    }
                    assertThat(line).as(item).endsWith(key + revision);
                    return line.substring(0, line.indexOf(key)) + key + 1;
                }).toList());
            }
        });
        return without;
    }

    private static CapturedOutput run(Path workbook, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--la", "999", "--period-end", PERIOD,
                "--annex-a", workbook.toString(), "--population", "5200", "--output", out.toString()));
        args.addAll(List.of(more));
        return CapturedOutput.launch(args.toArray(String[]::new));
    }

    /** Every file of LA 999's period under a root (the output folder or a kept folder): relative path -> SHA-256. */
    private static Map<String, String> published(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(p).toString();
                if (relative.matches(ITEMS)) {
                    files.put(relative, HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            }
        }
        assertThat(files).as("datasets and reports under " + root).containsKey(
                "parquet/indicators/la=999/period=2026-09-30/part-00000.parquet");
        return files;
    }

    private static Path onlyKeptFolder(Path out, String revisionSuffix) throws IOException {
        try (Stream<Path> list = Files.list(out.resolve("revisions/999/2026-09-30"))) {
            List<Path> kept = list.filter(p -> p.getFileName().toString().matches("\\d{8}-\\d{6}" + revisionSuffix))
                    .toList();
            assertThat(kept).hasSize(1);
            return kept.get(0);
        }
    }

    private static long contactsRead(Path root) throws IOException {
        TableData summary = ParquetTableReader.read(root.resolve("parquet/" + IngestSummaryDataset.NAME
                + "/la=999/period=" + PERIOD));
        return summary.rows().stream().map(IngestSummaryDataset::summaryFromRow)
                .filter(s -> s.table().startsWith("List 1 ")).findFirst().orElseThrow().rowsRead();
    }

    private static long runId(Path root) throws IOException {
        TableData indicators = ParquetTableReader.read(root.resolve("parquet/" + IndicatorsDataset.NAME
                + "/la=999/period=" + PERIOD));
        int column = indicators.schema().columns().stream().map(c -> c.name()).toList().indexOf("run_id");
        return ((Number) indicators.rows().get(0)[column]).longValue();
    }
}
