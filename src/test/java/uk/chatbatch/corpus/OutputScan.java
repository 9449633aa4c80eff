package uk.chatbatch.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * Looks for given strings (identifiers, dates of birth, postcodes, a planted marker) in what a run wrote:
 * a PDF by its extracted text, a Parquet file by its decoded values and its raw bytes (the values are
 * compressed, the footer's statistics are not), any other file (logs, CSV) by its bytes as text.
 */
final class OutputScan {

    private OutputScan() {
    }

    /** Every "where: needle" found under {@code root} (a file or a folder, scanned whole; absent = nothing). */
    static List<String> find(Path root, Collection<String> needles) {
        List<String> found = new ArrayList<>();
        if (!Files.exists(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String where = root.equals(file) ? file.getFileName().toString() : root.relativize(file).toString();
                found.addAll(inFile(where, file, needles));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    static List<String> inText(String where, String text, Collection<String> needles) {
        List<String> found = new ArrayList<>();
        for (String needle : needles) {
            if (text.contains(needle)) {
                found.add(where + ": " + needle);
            }
        }
        return found;
    }

    private static List<String> inFile(String where, Path file, Collection<String> needles) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>(inText(where, new String(Files.readAllBytes(file),
                StandardCharsets.ISO_8859_1), needles));
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                found.addAll(inText(where + " (text)", new PDFTextStripper().getText(pdf), needles));
            }
        } else if (name.endsWith(".parquet")) {
            TableData table = ParquetTableReader.read(file);
            for (Object[] row : table.rows()) {
                found.addAll(inText(where + " (values)", Arrays.toString(row), needles));
            }
        }
        return found.stream().distinct().toList();
    }
}
