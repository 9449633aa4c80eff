package uk.chatbatch.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.chatbatch.SharedSamples;
import uk.chatbatch.cli.CapturedOutput;
import uk.chatbatch.cli.PublicSamplesRunTest;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * Proof that a change of structure changes no output (issue 13): the bundled sample job and every public
 * sample run (those of {@link PublicSamplesRunTest}) are run, and what they publish is compared with what was
 * recorded under {@code src/test/resources/golden/<case>/}: every Parquet dataset under {@code parquet/} and
 * {@code shareable/} as a CSV with its rows sorted, the text of every PDF page and the leaders' HTML report.
 * Left out because they differ from run to run and mean nothing about the figures: the {@code run_id} column
 * (and any {@code *_at} column), when the reports were made ("Made on <date> at <time>"), and the folders the run
 * was given (the output folder, the public samples' folder and the working directory become {@code <output>},
 * {@code <samples>} and {@code <repo>}).
 *
 * <p>When an output changes on purpose, re-record with
 * {@code mvn -o test -Dtest=GoldenOutputsTest -Dgolden.record=true} and commit the recording on its own, its
 * message starting "re-recorded goldens:" and saying what changed and why.
 */
class GoldenOutputsTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    static final boolean RECORD = Boolean.getBoolean("golden.record");
    static final String HOW_TO_RECORD = "If the change is intended, re-record with "
            + "`mvn -o test -Dtest=GoldenOutputsTest -Dgolden.record=true` and commit the recording on its own "
            + "(message starting \"re-recorded goldens:\", saying what changed and why).";
    /** Differing lines shown per file: enough to see the kind of change without flooding the report. */
    static final int LINES_SHOWN = 5;

    /** One run: a folder name for its recording and the arguments of {@code run} (given its output folder). */
    record Case(String name, String folder, java.util.function.Function<Path, List<String>> arguments) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("the bundled sample job", "sample-la",
                out -> List.of("run", "jobs/sample-la.yml", "--output", out.toString())));
        for (PublicSamplesRunTest.Sample sample : PublicSamplesRunTest.samples()) {
            cases.add(new Case(sample.name(), folderName(sample.name()), sample::runArguments));
        }
        return cases;
    }

    static String folderName(String caseName) {
        return caseName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theOutputsAreThoseRecorded(Case golden, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("output");
        CapturedOutput run = CapturedOutput.launch(golden.arguments().apply(out).toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, String> actual = outputs(out);
        assertThat(actual).as("datasets and reports found").isNotEmpty();
        Path recorded = GOLDEN.resolve(golden.folder());
        if (RECORD) {
            record(recorded, actual);
            return;
        }
        assertThat(recorded).as("a recording for '" + golden.name() + "'. " + HOW_TO_RECORD).isDirectory();
        List<String> differences = differences(read(recorded), actual);
        if (!differences.isEmpty()) {
            fail("The outputs of '" + golden.name() + "' differ from those recorded in " + recorded + ":\n"
                    + String.join("\n", differences) + "\n" + HOW_TO_RECORD);
        }
    }

    // ---- what a run published, as text -------------------------------------------------------------------

    /** Every dataset, PDF and HTML report under the output folder, by its path there, as comparable text. */
    static Map<String, String> outputs(Path out) throws IOException {
        List<String[]> replacements = replacements(out);
        Map<String, String> texts = new TreeMap<>();
        for (String area : List.of("parquet", "shareable")) {
            Path root = out.resolve(area);
            if (!Files.isDirectory(root)) {
                continue;
            }
            for (Path partition : partitions(root)) {
                String name = out.relativize(partition).toString().replace('\\', '/') + ".csv";
                texts.put(name, neutral(sortedCsv(ParquetTableReader.read(partition)), replacements));
            }
        }
        Path reports = out.resolve("reports");
        if (Files.isDirectory(reports)) {
            try (Stream<Path> files = Files.walk(reports)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = out.relativize(file).toString().replace('\\', '/');
                    if (name.endsWith(".pdf")) {
                        texts.put(name + ".txt", neutral(pdfText(file), replacements));
                    } else if (name.endsWith(".html")) {
                        texts.put(name, neutral(Files.readString(file), replacements));
                    }
                }
            }
        }
        return texts;
    }

    /** The folders holding part files: one per dataset, LA and period. */
    static List<Path> partitions(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            return dirs.filter(Files::isDirectory).filter(d -> {
                try {
                    return !ParquetTableReader.partFiles(d).isEmpty();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }

    /** True for a column whose values differ between two runs of the same inputs. */
    static boolean changesEveryRun(String column) {
        return column.equals("run_id") || column.endsWith("_at");
    }

    static String sortedCsv(TableData table) {
        List<Integer> kept = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<ColumnDef> columns = table.schema().columns();
        for (int c = 0; c < columns.size(); c++) {
            if (!changesEveryRun(columns.get(c).name())) {
                kept.add(c);
                header.add(columns.get(c).name());
            }
        }
        List<String> lines = new ArrayList<>();
        for (Object[] row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int c : kept) {
                cells.add(csvCell(row[c]));
            }
            lines.add(String.join(",", cells));
        }
        lines.sort(Comparator.naturalOrder());
        return String.join(",", header) + "\n" + String.join("\n", lines) + "\n";
    }

    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static String pdfText(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append("--- page ").append(page).append(" ---\n").append(extractor.getTextFromPage(page))
                        .append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** Longest first, so the output folder is replaced before the working directory that may contain it. */
    static List<String[]> replacements(Path out) {
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {out.toAbsolutePath().normalize().toString(), "<output>"});
        pairs.add(new String[] {out.toString(), "<output>"});
        pairs.add(new String[] {SharedSamples.root().toAbsolutePath().normalize().toString(), "<samples>"});
        pairs.add(new String[] {SharedSamples.root().toString(), "<samples>"});
        pairs.add(new String[] {Path.of("").toAbsolutePath().toString(), "<repo>"});
        pairs.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
        return pairs;
    }

    /** When the reports were made (their colophon), which is the only time any output prints. */
    static final Pattern MADE_AT = Pattern.compile("Made on \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{1,2}:\\d{2} [A-Z]{2,5}");

    static String neutral(String text, List<String[]> replacements) {
        String result = MADE_AT.matcher(text.replace("\r\n", "\n")).replaceAll("Made on <date> at <time>");
        for (String[] pair : replacements) {
            if (!pair[0].isEmpty()) {
                result = result.replace(pair[0], pair[1]);
            }
        }
        return result;
    }

    // ---- recordings ----------------------------------------------------------------------------------------

    static void record(Path folder, Map<String, String> texts) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            Path file = folder.resolve(entry.getKey() + ".gz");
            Files.createDirectories(file.getParent());
            try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
                gz.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".gz")).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                try (InputStream gz = new GZIPInputStream(Files.newInputStream(file))) {
                    texts.put(name.substring(0, name.length() - ".gz".length()),
                            new String(gz.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    // ---- comparing -----------------------------------------------------------------------------------------

    static final Pattern LINE = Pattern.compile("\n");

    /** Per file: missing, unexpected, or its first differing lines (expected then actual), with line numbers. */
    static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> report = new ArrayList<>();
        Set<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            if (!actual.containsKey(name)) {
                report.add("  " + name + ": recorded but not written by this run");
            } else if (!expected.containsKey(name)) {
                report.add("  " + name + ": written by this run but not recorded");
            } else if (!expected.get(name).equals(actual.get(name))) {
                report.add("  " + name + ":");
                report.addAll(firstDifferingLines(LINE.split(expected.get(name), -1),
                        LINE.split(actual.get(name), -1)));
            }
        }
        return report;
    }

    static List<String> firstDifferingLines(String[] expected, String[] actual) {
        List<String> lines = new ArrayList<>();
        int shown = 0;
        for (int i = 0; i < Math.max(expected.length, actual.length) && shown < LINES_SHOWN; i++) {
            String was = i < expected.length ? expected[i] : "(no line)";
            String is = i < actual.length ? actual[i] : "(no line)";
            if (!was.equals(is)) {
                lines.add("    line " + (i + 1) + " expected: " + was);
                lines.add("    line " + (i + 1) + " actual:   " + is);
                shown++;
            }
        }
        if (expected.length != actual.length) {
            lines.add("    (" + expected.length + " lines recorded, " + actual.length + " now)");
        }
        return lines;
    }
}
