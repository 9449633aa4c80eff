package uk.chatbatch.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * What a reader of the output folder sees: every published dataset read in full and every report parsed,
 * as content that two runs of the same input must share (rows and the footers' metadata, but for the run's
 * identity and time). Hidden files and folders (staging, the job
 * repository, a partition set aside mid-publish) are what readers skip, so they are skipped here too.
 */
public final class PublishedOutputs {

    /** Columns that differ between two runs of the same input by design. */
    private static final Set<String> RUN_COLUMNS = Set.of("run_id");
    /** The cover's generation time. */
    private static final Pattern MADE_ON = Pattern.compile("Made on .{0,60}? by", Pattern.DOTALL);

    private PublishedOutputs() {
    }

    /**
     * Reads everything published under the output folder, failing on any file a reader would trip on
     * (a part file that does not read to its end, a PDF that does not parse, a stray temporary file).
     *
     * @return per dataset partition its rows as a sorted multiset; per report its page count and text
     */
    public static TreeMap<String, List<String>> read(Path output) throws IOException {
        TreeMap<String, List<String>> content = new TreeMap<>();
        // the internal datasets and the shareable ones, in the same layout
        List<Path> partitions = new ArrayList<>();
        for (String dir : List.of(OutputLayout.PARQUET_DIR, OutputLayout.SHAREABLE_DIR)) {
            Path datasets = output.resolve(dir);
            visible(datasets, 3).stream().filter(p -> datasets.relativize(p).getNameCount() == 3).forEach(partitions::add);
        }
        for (Path partition : partitions) {
            if (!Files.isDirectory(partition)) {
                continue;
            }
            if (partition.getParent().getParent().getFileName().toString().equals(uk.chatbatch.opendata.EesExport.DATASET)) {
                // the DfE export: CSV files published beside the shareable datasets, compared as text
                for (Path file : visible(partition, 1)) {
                    content.put(output.relativize(file).toString(), Files.readAllLines(file));
                }
                continue;
            }
            for (Path file : visible(partition, 1)) {
                if (!file.getFileName().toString().matches("part-\\d{5}\\.parquet")) {
                    throw new AssertionError("A file readers would take for data: " + file);
                }
            }
            TableData table = ParquetTableReader.read(partition);
            List<String> rows = new ArrayList<>();
            List<String> names = table.schema().columns().stream().map(c -> c.name()).toList();
            for (Object[] row : table.rows()) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < row.length; c++) {
                    if (!RUN_COLUMNS.contains(names.get(c))) {
                        line.append(names.get(c)).append('=').append(cell(row[c])).append('|');
                    }
                }
                rows.add(line.toString());
            }
            rows.sort(null);
            // what each file says about itself, but for the values that identify the run
            for (Path part : ParquetTableReader.partFiles(partition)) {
                ParquetTableReader.keyValueMetadata(part).forEach((key, value) -> {
                    if (!DatasetProvenance.RUN_KEYS.contains(key)) {
                        rows.add("footer " + part.getFileName() + ": " + key + "=" + value);
                    }
                });
            }
            content.put(output.relativize(partition).toString(), rows);
        }
        for (Path file : visible(output.resolve(OutputLayout.REPORTS_DIR), 3)) {
            if (Files.isRegularFile(file)) {
                String name = file.getFileName().toString();
                if (name.endsWith(".pdf")) {
                    content.put(output.relativize(file).toString(), pdf(file));
                } else if (name.endsWith(".html")) {
                    // The accessible leaders' report: complete when its closing tag is there.
                    String html = Files.readString(file);
                    if (!html.stripTrailing().endsWith("</html>")) {
                        throw new AssertionError("A report cut short: " + file);
                    }
                    content.put(output.relativize(file).toString(), List.of(html));
                } else {
                    throw new AssertionError("A file readers would take for a report: " + file);
                }
            }
        }
        return content;
    }

    private static List<String> pdf(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            return List.of("pages=" + pdf.getNumberOfPages(), MADE_ON.matcher(text).replaceAll("Made on <time> by"));
        }
    }

    private static String cell(Object value) {
        return value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value);
    }

    private static List<Path> visible(Path root, int depth) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root, depth)) {
            return walk.filter(p -> !p.equals(root))
                    .filter(p -> Stream.iterate(root.relativize(p), q -> q != null, Path::getParent)
                            .noneMatch(q -> q.getFileName().toString().startsWith(".")))
                    .sorted().toList();
        }
    }
}
