package uk.chatbatch.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import uk.chatbatch.ingest.InputException;

/**
 * An .xlsx workbook read with fastexcel-reader, streaming row by row.
 *
 * <p>Before opening, the zip is checked against zip-bomb limits (entry count, total expanded size,
 * expansion ratio), and legacy .xls or non-workbook files are refused with a plain message.
 */
public final class XlsxWorkbookSource implements TabularSource {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_EXPANDED_BYTES = 4L * 1024 * 1024 * 1024;
    static final long MAX_RATIO = 200;

    private final Path path;
    private final ReadableWorkbook workbook;
    private final List<SourceSheet> sheets;

    private XlsxWorkbookSource(Path path, ReadableWorkbook workbook) {
        this.path = path;
        this.workbook = workbook;
        List<SourceSheet> list = new ArrayList<>();
        workbook.getSheets().forEach(sheet -> list.add(new XlsxSheet(sheet)));
        this.sheets = List.copyOf(list);
    }

    public static XlsxWorkbookSource open(Path path) {
        checkIsWorkbook(path);
        return openChecked(path);
    }

    private static XlsxWorkbookSource openChecked(Path path) {
        try {
            return new XlsxWorkbookSource(path, new ReadableWorkbook(path.toFile()));
        } catch (IOException | RuntimeException e) {
            throw new InputException(path.getFileName() + ": the workbook cannot be read (" + e.getMessage() + ").");
        }
    }

    @Override
    public String fileName() {
        return path.getFileName().toString();
    }

    @Override
    public List<SourceSheet> sheets() {
        return sheets;
    }

    /** The workbook opened again (it passed the checks when first opened). */
    @Override
    public TabularSource reopen() {
        return openChecked(path);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static void checkIsWorkbook(Path path) {
        String name = path.getFileName().toString();
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(path)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < 4) {
                throw new InputException(name + ": is not an Excel workbook (the file is empty or too short).");
            }
        } catch (IOException e) {
            throw new InputException(name + ": cannot be opened (" + e.getMessage() + ").");
        }
        if (ReadableWorkbook.isOLE2Header(head) && isEncryptedPackage(path)) {
            throw new InputException(name + ": the workbook is protected by a password; save a copy without the"
                    + " password (File, Info, Protect Workbook, Encrypt with Password, then clear it) and run again.");
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw new InputException(name + ": is an old-format .xls workbook; save it as .xlsx and run again.");
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            throw new InputException(name + ": is not an Excel workbook (.xlsx) or a folder of CSV files.");
        }
        checkZipLimits(path, name);
    }

    /**
     * Excel saves a password-protected .xlsx inside an OLE2 container, as old .xls files are, beside a stream
     * named EncryptionInfo; the directory names are UTF-16, so the name is looked for in that form.
     */
    private static boolean isEncryptedPackage(Path path) {
        byte[] marker = "EncryptionInfo".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path))) {
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                matched = (byte) b == marker[matched] ? matched + 1 : ((byte) b == marker[0] ? 1 : 0);
                if (matched == marker.length) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkZipLimits(Path path, String name) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            int entries = 0;
            long expanded = 0;
            boolean hasWorkbookPart = false;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                entries++;
                hasWorkbookPart |= entry.getName().equals("xl/workbook.xml");
                long size = Math.max(entry.getSize(), 0);
                long compressed = Math.max(entry.getCompressedSize(), 1);
                expanded += size;
                if (entries > MAX_ENTRIES || expanded > MAX_EXPANDED_BYTES
                        || (size > 1_000_000 && size / compressed > MAX_RATIO)) {
                    throw new InputException(name + ": refused, it expands far beyond a real workbook's size"
                            + " (possible zip bomb).");
                }
            }
            if (!hasWorkbookPart) {
                throw new InputException(name + ": is a zip file but not an Excel workbook (no xl/workbook.xml).");
            }
        } catch (IOException e) {
            throw new InputException(name + ": is not an Excel workbook (" + e.getMessage() + ").");
        }
    }

    private final class XlsxSheet implements SourceSheet {
        private final Sheet sheet;

        XlsxSheet(Sheet sheet) {
            this.sheet = sheet;
        }

        @Override
        public String name() {
            return sheet.getName();
        }

        @Override
        public Stream<RawRow> rows() throws IOException {
            Stream<Row> rows = sheet.openStream();
            return StreamSupport.stream(new DamageReported(rows.spliterator()), false).onClose(rows::close)
                    .map(XlsxWorkbookSource::toRawRow);
        }
    }

    /**
     * The reader's failure on a damaged sheet (XML cut short or malformed) as an I/O failure saying after which row,
     * so ingest names the file and sheet in one sentence instead of failing with the parser's exception.
     */
    private static final class DamageReported implements Spliterator<Row> {
        private final Spliterator<Row> rows;
        private int lastRow;

        DamageReported(Spliterator<Row> rows) {
            this.rows = rows;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Row> action) {
            try {
                return rows.tryAdvance(row -> {
                    lastRow = row.getRowNum();
                    action.accept(row);
                });
            } catch (ExcelReaderException e) {
                Throwable cause = e;
                while (cause.getCause() != null) {
                    cause = cause.getCause();
                }
                // The XML parser's message, without the character offset it puts on a second line.
                String why = String.valueOf(cause.getMessage()).lines().findFirst().orElse("").strip();
                throw new UncheckedIOException(new IOException("the sheet is damaged " + (lastRow == 0
                        ? "before its first row" : "after row " + lastRow) + ": " + why, e));
            }
        }

        @Override
        public Spliterator<Row> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return rows.estimateSize();
        }

        @Override
        public int characteristics() {
            return rows.characteristics() & ~Spliterator.SIZED;
        }
    }

    private static RawRow toRawRow(Row row) {
        List<RawCell> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(toRawCell(row.getCell(i)));
        }
        return new RawRow(row.getRowNum(), cells);
    }

    static RawCell toRawCell(Cell cell) {
        if (cell == null) {
            return RawCell.EMPTY;
        }
        String raw = cell.getRawValue();
        switch (cell.getType()) {
            case NUMBER:
                return RawCell.number(raw);
            case STRING:
                return RawCell.text(cell.asString());
            case BOOLEAN:
                return new RawCell(RawCell.Kind.BOOLEAN, raw);
            case ERROR:
                return new RawCell(RawCell.Kind.ERROR, raw == null ? "#ERROR" : raw);
            case FORMULA:
                // The cached result of the formula is what the LA saw on screen.
                if (raw == null || raw.isEmpty()) {
                    return RawCell.EMPTY;
                }
                return raw.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") ? RawCell.number(raw) : RawCell.text(raw);
            default:
                return RawCell.EMPTY;
        }
    }
}
