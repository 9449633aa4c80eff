package uk.chatbatch.ingest.read;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import uk.chatbatch.ingest.InputException;

/**
 * A folder holding one CSV file per list (UTF-8, byte-order mark allowed). Each file is a "sheet"
 * named after the file; row numbers are as a spreadsheet would show them, header = row 1.
 */
public final class CsvFolderSource implements TabularSource {

    private final String name;
    private final List<SourceSheet> sheets;

    private CsvFolderSource(String name, List<Path> files) {
        this.name = name;
        List<SourceSheet> list = new ArrayList<>();
        for (Path file : files) {
            list.add(new CsvSheet(file));
        }
        this.sheets = List.copyOf(list);
    }

    public static CsvFolderSource open(Path folder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new InputException(folder + ": the folder cannot be listed (" + e.getMessage() + ").");
        }
        if (files.isEmpty()) {
            throw new InputException(folder + ": the folder holds no .csv files (expected one CSV file per Annex A list).");
        }
        return new CsvFolderSource(folder.getFileName().toString(), files);
    }

    public static CsvFolderSource ofFiles(String name, List<Path> files) {
        return new CsvFolderSource(name, files);
    }

    @Override
    public String fileName() {
        return name;
    }

    @Override
    public List<SourceSheet> sheets() {
        return sheets;
    }

    /** Each CSV file is opened by the stream that reads it, so one source serves every thread. */
    @Override
    public TabularSource reopen() {
        return this;
    }

    @Override
    public void close() {
    }

    private static final class CsvSheet implements SourceSheet {
        private final Path file;

        CsvSheet(Path file) {
            this.file = file;
        }

        @Override
        public String name() {
            return file.getFileName().toString();
        }

        @Override
        public Stream<RawRow> rows() throws IOException {
            refuseUtf16(file);
            char separator = separator(file);
            CsvReader<CsvRecord> reader = CsvReader.builder()
                    .fieldSeparator(separator)
                    .detectBomHeader(true)
                    .skipEmptyLines(false)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .ofCsvRecord(file, StandardCharsets.UTF_8);
            return refuseUnclosedQuote(reader.stream(), separator).map(CsvSheet::toRawRow).onClose(() -> {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /**
         * FastCSV ends a quote that is never closed at the end of the file, so every line after it becomes one
         * cell of the last record and the rows there would vanish; a last record with a cell running over
         * several lines is that case, and is refused.
         */
        private Stream<CsvRecord> refuseUnclosedQuote(Stream<CsvRecord> records, char separator) {
            java.util.Iterator<CsvRecord> in = records.iterator();
            java.util.Iterator<CsvRecord> checked = new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return in.hasNext();
                }

                @Override
                public CsvRecord next() {
                    CsvRecord record = in.next();
                    if (!in.hasNext()) {
                        for (String field : record.getFields()) {
                            if (holdsRows(field, separator)) {
                                throw new InputException(file.getFileName() + ", row " + record.getStartingLineNumber()
                                        + ": a quote opened in this row is never closed, so every line after it would"
                                        + " be read as one cell; close the quote (or remove it) and run again.");
                            }
                        }
                    }
                    return record;
                }
            };
            return java.util.stream.StreamSupport.stream(
                    java.util.Spliterators.spliteratorUnknownSize(checked, java.util.Spliterator.ORDERED), false);
        }

        /** A cell over several lines whose later lines hold separators, as rows swallowed into it would. */
        private static boolean holdsRows(String field, char separator) {
            String[] lines = field.split("\\r\\n|\\n|\\r");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].indexOf(separator) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Excel in a locale whose decimal mark is a comma saves "CSV" separated by semicolons; a first line with
         * semicolons and no comma is read that way rather than as one column that matches no list.
         */
        private static char separator(Path file) throws IOException {
            try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        return line.indexOf(',') < 0 && line.indexOf(';') >= 0 ? ';' : ',';
                    }
                }
            }
            return ',';
        }

        /** Excel's "Unicode text" saves UTF-16, which would read as noise; say so instead. */
        private static void refuseUtf16(Path file) throws IOException {
            byte[] head = new byte[2];
            try (java.io.InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, 2) == 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                    throw new InputException(file.getFileName() + ": is UTF-16 text; save it as CSV UTF-8 and run again.");
                }
            }
        }

        private static RawRow toRawRow(CsvRecord record) {
            List<RawCell> cells = new ArrayList<>(record.getFieldCount());
            for (String field : record.getFields()) {
                cells.add(RawCell.text(field));
            }
            return new RawRow((int) record.getStartingLineNumber(), cells);
        }
    }
}
