package uk.chatbatch.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import uk.chatbatch.ingest.read.CsvFolderSource;
import uk.chatbatch.ingest.read.RawCell;
import uk.chatbatch.ingest.read.RawRow;
import uk.chatbatch.ingest.read.SourceSheet;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.Text;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.RecordSink;
import uk.chatbatch.model.table.TableSummary;
import uk.chatbatch.ssda903.InputFiles.InputFile;

/**
 * Reads an SSDA903 input: one CSV file per table, the 903 XML file, or a folder holding either
 * for one or several collection years, and streams every row to a {@link RecordSink} as clean,
 * superseded or quarantined, with every problem as a located issue.
 *
 * <p>Files: each CSV file is recognised by its header row ({@link TableMatcher}), never by its
 * name; a file matching no table is reported with its headers and the run continues. Each file's
 * collection year comes from its name or folder ({@link InputFiles}, {@link YearLabels},
 * {@link BareYear}) unless an option fixes it.
 *
 * <p>Order and precedence: collection years are read latest first, then any file whose year is
 * unknown; within a year, CSV files in table order, then XML files. When a table's record (CHILD
 * plus the table's key date, {@link Ssda903Table#keyFields()}) was already read from a later year,
 * the earlier row is superseded: counted, given to {@link RecordSink#superseded}, not sent as
 * clean. OC2 and OC3 are kept for every year. A file whose year is unknown takes part in no
 * precedence. A second file holding a table already read for the same year is ignored, with an
 * issue.
 *
 * <p>Accounting, per table and file: rows read = rows clean + rows quarantined; rows superseded
 * is the part of rows clean that a later year replaced.
 */
public final class Ssda903Ingest {

    /** Progress is reported every this many rows of a file. */
    public static final int PROGRESS_EVERY = 10_000;

    private final Ssda903Options options;
    private final RecordSink sink;
    private final ValueParser parser = new ValueParser();
    private final Map<Ssda903Table, KeyIndex> keysAcrossYears = new EnumMap<>(Ssda903Table.class);
    private final Map<String, String> claimed = new HashMap<>();
    private final List<TableSummary<Ssda903Table>> summaries = new ArrayList<>();
    private final List<String> unrecognised = new ArrayList<>();
    /** Why each file that is no table was ignored, for the message when nothing could be read. */
    private final List<String> ignoredBecause = new ArrayList<>();

    private Ssda903Ingest(Ssda903Options options, RecordSink sink) {
        this.options = Objects.requireNonNull(options, "options");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Reads a folder or a single file with the default options. */
    public static Ssda903IngestResult read(Path folderOrFile, RecordSink sink) {
        return read(folderOrFile, Ssda903Options.defaults(), sink);
    }

    /**
     * Reads a folder (searched four levels down for .csv and .xml files) or a single file.
     *
     * @throws InputException when the input does not exist, holds no .csv or .xml file, or a file
     *                        cannot be read at all (one sentence naming the file)
     */
    public static Ssda903IngestResult read(Path folderOrFile, Ssda903Options options, RecordSink sink) {
        return new Ssda903Ingest(options, sink).run(folderOrFile);
    }

    private Ssda903IngestResult run(Path input) {
        List<InputFile> files = InputFiles.find(input, options, sink::issue);
        List<Work> work = new ArrayList<>();
        for (InputFile file : files) {
            if (file.kind() == InputFiles.Kind.XML) {
                work.add(new Work(file, null));
            } else {
                identify(file).ifPresent(match -> work.add(new Work(file, match)));
            }
        }
        work.sort(Comparator.comparing((Work w) -> w.file().year().map(y -> -y.startYear()).orElse(Integer.MAX_VALUE))
                .thenComparing(w -> w.match() == null ? 1 : 0)
                .thenComparing(w -> w.match() == null ? 0 : w.match().table().ordinal())
                .thenComparing(w -> w.file().display()));
        for (Work w : work) {
            if (w.match() == null) {
                readXml(w.file());
            } else {
                readCsv(w.file(), w.match());
            }
        }
        if (summaries.isEmpty() && !ignoredBecause.isEmpty()) {
            // Nothing usable at all: as for an Annex A workbook with no list, stop rather than run on nothing.
            throw new InputException(input.getFileName() + ": no SSDA903 table could be read ("
                    + String.join("; ", ignoredBecause) + ").");
        }
        TreeSet<CollectionYear> years = new TreeSet<>();
        for (TableSummary<Ssda903Table> summary : summaries) {
            if (summary.wasRead()) {
                summary.collectionYear().ifPresent(years::add);
            }
        }
        return new Ssda903IngestResult(input.toString(), List.copyOf(years), summaries, unrecognised);
    }

    private record Work(InputFile file, TableMatcher.Match match) {
    }

    // ---- CSV ----

    /** Reads the header row and decides the table, reporting a file that matches none or lacks columns. */
    private Optional<TableMatcher.Match> identify(InputFile file) {
        String name = file.fileName();
        if (isUtf16(file.path())) {
            notATable(file, 0, file.display() + ": is saved as UTF-16; save it as UTF-8 (CSV UTF-8 in Excel)"
                    + " and run again. The file is ignored.");
            return Optional.empty();
        }
        Optional<RawRow> header;
        try (Stream<RawRow> rows = csv(file).rows()) {
            header = rows.filter(r -> !r.isBlank()).findFirst();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file.display() + ": cannot be read (" + e.getMessage() + ").");
        }
        if (header.isEmpty()) {
            notATable(file, 0, file.display() + ": the file is empty; it is ignored.");
            return Optional.empty();
        }
        List<String> headers = headers(header.get());
        Optional<TableMatcher.Match> match = TableMatcher.identify(headers);
        if (match.isEmpty()) {
            notATable(file, header.get().rowNumber(), file.display() + ": its columns (" + String.join(", ", headers)
                    + ") match no SSDA903 table; the file is ignored.");
            return Optional.empty();
        }
        List<Ssda903Field> missing = match.get().missing();
        if (!missing.isEmpty()) {
            Ssda903Table table = match.get().table();
            String label = table.label(file.year());
            String columns = String.join(", ", missing.stream().map(f -> "'" + f.header() + "'").toList());
            for (Ssda903Field field : missing) {
                sink.issue(new Issue(file.display(), name, label, header.get().rowNumber(), field.header(), "",
                        IssueCode.MISSING_REQUIRED_COLUMN, file.display() + ": the column '" + field.header()
                                + "' of " + table.title() + " is missing; the file is not read."));
            }
            summaries.add(skipped(file, table, missing.size(), "skipped: column " + columns + " missing from "
                    + file.display()));
            return Optional.empty();
        }
        return match;
    }

    private void readCsv(InputFile file, TableMatcher.Match match) {
        Ssda903Table table = match.table();
        if (alreadyClaimed(file, table)) {
            return;
        }
        String name = file.fileName();
        try (Stream<RawRow> stream = csv(file).rows()) {
            Iterator<RawRow> rows = stream.iterator();
            RawRow header = null;
            while (rows.hasNext() && header == null) {
                RawRow row = rows.next();
                if (!row.isBlank()) {
                    header = row;
                }
            }
            List<String> headers = headers(Objects.requireNonNull(header));
            TableReader reader = new TableReader(file.display(), false, table, file.year(), headers,
                    match.positions(), keys(table, file), sink, parser);
            reportHeaderProblems(file, match, headers, header.rowNumber(), reader);
            long lastReported = 0;
            while (rows.hasNext()) {
                reader.readRow(rows.next(), name);
                if (reader.read % PROGRESS_EVERY == 0 && reader.read != lastReported) {
                    lastReported = reader.read;
                    options.progress().accept(String.format("%s (%s): %,d rows read", reader.label(),
                            file.display(), reader.read));
                }
            }
            reader.checkYearFit(file.basis());
            summaries.add(reader.summary(file.basis()));
        } catch (IOException e) {
            throw new InputException(file.display() + ": cannot be read (" + e.getMessage() + ").");
        } catch (UncheckedIOException e) {
            throw new InputException(file.display() + ": cannot be read (" + e.getCause().getMessage() + ").");
        }
    }

    private void reportHeaderProblems(InputFile file, TableMatcher.Match match, List<String> headers, int headerRow,
                                      TableReader reader) {
        String label = reader.label();
        for (int position : match.unrecognised()) {
            String h = headers.get(position);
            reader.emit(new Issue(file.display(), file.fileName(), label, headerRow, h, h,
                    IssueCode.UNRECOGNISED_COLUMN, file.display() + ", row " + headerRow + ", column '" + h
                            + "': not a column of " + match.table().title() + "; the column is ignored."));
        }
        for (int position : match.duplicates()) {
            String h = headers.get(position);
            reader.emit(new Issue(file.display(), file.fileName(), label, headerRow, h, h,
                    IssueCode.DUPLICATE_COLUMN, file.display() + ", row " + headerRow + ", column '" + h
                            + "': a second column with this header; the second is ignored."));
        }
    }

    private static SourceSheet csv(InputFile file) {
        return CsvFolderSource.ofFiles(file.display(), List.of(file.path())).sheets().get(0);
    }

    private static List<String> headers(RawRow row) {
        List<String> headers = new ArrayList<>();
        for (RawCell cell : row.cells()) {
            headers.add(Text.clean(cell.text().replace("\uFEFF", "")));
        }
        return headers;
    }

    private static boolean isUtf16(Path path) {
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(head, 0, 2) < 2) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF);
    }

    /** @param headerRow the header row's number, or 0 when there is none */
    private void notATable(InputFile file, int headerRow, String message) {
        unrecognised.add(file.display());
        ignoredBecause.add(message.replaceAll("(; (the file|it) is ignored|\\. The file is ignored)\\.$", ""));
        sink.issue(new Issue(file.display(), file.fileName(), "", headerRow, "", "", IssueCode.UNRECOGNISED_FILE,
                message));
    }

    // ---- XML ----

    private void readXml(InputFile file) {
        Map<Ssda903Table, TableReader> readers = new EnumMap<>(Ssda903Table.class);
        Map<Ssda903Table, Boolean> ignored = new EnumMap<>(Ssda903Table.class);
        Optional<CollectionYear> year = file.year();
        String anyLabel = "SSDA903" + year.map(y -> " " + y.label()).orElse("");
        String[] notA903Root = {null};
        new Ssda903XmlReader().read(file.path(), file.display(), new Ssda903XmlReader.Handler() {
            @Override
            public void row(Ssda903Table table, Map<Ssda903Field, String> values, Map<Ssda903Field, String> tags,
                            int line, String location) {
                if (ignored.computeIfAbsent(table, t -> alreadyClaimed(file, t))) {
                    return;
                }
                TableReader reader = readers.computeIfAbsent(table, t -> xmlReader(file, t));
                List<RawCell> cells = new ArrayList<>();
                for (Ssda903Table.Column column : table.columns()) {
                    cells.add(RawCell.text(values.getOrDefault(column.field(), "")));
                }
                reader.readRow(new RawRow(line, cells), location);
            }

            @Override
            public void unknownElement(String path, int line) {
                sink.issue(new Issue(file.display(), path, anyLabel, line, path, "", IssueCode.UNRECOGNISED_COLUMN,
                        file.display() + ", line " + line + ": element " + path
                                + " is not part of the 903 XML form; it is ignored wherever it appears."));
            }

            @Override
            public void doctype(int line) {
                sink.issue(new Issue(file.display(), "", anyLabel, line, "", "", IssueCode.XML_DOCTYPE_IGNORED,
                        file.display() + ", line " + line + ": a DOCTYPE declaration, which the 903 XML form never"
                                + " has; it is ignored and no entity it declares is expanded."));
            }

            @Override
            public void entity(String name, String element, int line, String location) {
                sink.issue(new Issue(file.display(), location, anyLabel, line, element, "&" + name + ";",
                        IssueCode.XML_ENTITY_NOT_EXPANDED, file.display() + ", line " + line + ", " + location
                                + ", element '" + element + "': the entity reference &" + name
                                + "; is not expanded; the value is read without it."));
            }

            @Override
            public void badUascFlag(String text, int line, String location) {
                sink.issue(new Issue(file.display(), location, Ssda903Table.UASC.label(year), line, "UASC", text,
                        IssueCode.INVALID_CODE, file.display() + ", line " + line + ", " + location
                                + ", element 'UASC': value '" + text + "' is not usable (accepted: 0, 1);"
                                + " no UASC row is made for this child."));
            }

            @Override
            public void notA903File(String rootName) {
                notA903Root[0] = rootName;
            }
        });
        if (notA903Root[0] != null) {
            notATable(file, 0, file.display() + ": holds no CHILD elements of the 903 XML form (root element '"
                    + notA903Root[0] + "'); the file is ignored.");
        }
        for (TableReader reader : readers.values()) {
            reader.checkYearFit(file.basis());
            summaries.add(reader.summary(file.basis()));
        }
    }

    private TableReader xmlReader(InputFile file, Ssda903Table table) {
        List<String> tags = new ArrayList<>();
        int[] positions = new int[table.columns().size()];
        for (int i = 0; i < positions.length; i++) {
            Ssda903Field field = table.columns().get(i).field();
            boolean fromHeader = table != Ssda903Table.HEADER && table != Ssda903Table.UASC
                    && table != Ssda903Table.OC3 && table != Ssda903Table.AD1
                    && (field == Ssda903Field.CHILD || field == Ssda903Field.DOB);
            tags.add(fromHeader ? "HEADER/" + field.xmlTag() : field.xmlTag());
            positions[i] = i;
        }
        return new TableReader(file.display(), true, table, file.year(), tags, positions, keys(table, file), sink,
                parser);
    }

    // ---- shared ----

    /** Claims a table for a year; a second file holding it is reported and not read. */
    private boolean alreadyClaimed(InputFile file, Ssda903Table table) {
        String key = table.name() + "|" + file.year().map(CollectionYear::label).orElse("unknown");
        String first = claimed.putIfAbsent(key, file.display());
        if (first == null) {
            return false;
        }
        String label = table.label(file.year());
        sink.issue(new Issue(file.display(), file.fileName(), label, 0, "", "", IssueCode.DUPLICATE_TABLE,
                file.display() + ": holds " + label + ", already read from " + first + "; this file's "
                        + table.title() + " rows are ignored."));
        summaries.add(skipped(file, table, 1, "ignored: " + label + " already read from " + first));
        return true;
    }

    /** Years share one index per table; a file of unknown year gets its own, so it supersedes nothing. */
    private KeyIndex keys(Ssda903Table table, InputFile file) {
        if (file.year().isEmpty()) {
            return new KeyIndex();
        }
        return keysAcrossYears.computeIfAbsent(table, t -> new KeyIndex());
    }

    private static TableSummary<Ssda903Table> skipped(InputFile file, Ssda903Table table, long issues, String status) {
        return new TableSummary<>(file.display(), table, file.year(), file.basis(), 0, 0, 0, 0, issues, status);
    }
}
