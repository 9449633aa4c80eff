package uk.chatbatch.annexa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import uk.chatbatch.annexa.HeaderMatcher.HeaderMatch;
import uk.chatbatch.ingest.BackgroundWork;
import uk.chatbatch.ingest.CellParser;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.Masking;
import uk.chatbatch.ingest.read.RawCell;
import uk.chatbatch.ingest.read.RawRow;
import uk.chatbatch.ingest.read.SourceSheet;
import uk.chatbatch.ingest.read.TabularSource;
import uk.chatbatch.model.Text;
import uk.chatbatch.model.table.HeldFindings;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;

/**
 * Reads an Annex A workbook (or CSV folder), sheet by sheet and row by row, and sends every row
 * either on as a clean typed record or to quarantine, with every problem as a located issue.
 *
 * <p>Policy: a row whose identifier or the list's own event date is missing or unusable is
 * quarantined; any other bad cell becomes an issue, its value is left empty and the row stays.
 * Blank and padding rows are skipped and not counted. For every list read,
 * rows read = rows clean + rows quarantined.
 */
public final class AnnexAIngest {

    /** Progress is reported every this many rows of a list. */
    public static final int PROGRESS_EVERY = 10_000;

    private final CellParser parser;
    private final Consumer<String> progress;
    private final int readers;

    /** Reads the sheets on as many threads as the machine has cores. */
    public AnnexAIngest(Consumer<String> progress) {
        this(progress, Runtime.getRuntime().availableProcessors());
    }

    /** Reads the sheets on at most {@code readers} threads (1: one after another). */
    public AnnexAIngest(Consumer<String> progress, int readers) {
        if (readers < 1) {
            throw new IllegalArgumentException("readers must be at least 1, got " + readers);
        }
        this.parser = CellParser.standard();
        this.progress = progress;
        this.readers = readers;
    }

    /**
     * Reads every sheet, each on a reader thread with its own reader of the source, and hands the findings to the
     * sink on this thread, sheet by sheet in the source's order, as each sheet is done: the sink sees the same
     * calls in the same order however many threads read, and a failing sheet stops the read at its place in that
     * order with its own message, as a read one sheet after another would.
     */
    public IngestResult read(TabularSource source, IngestSink sink) {
        try (Reading reading = startReading(source, readers)) {
            return reading.into(sink, progress);
        }
    }

    /**
     * Starts reading every sheet on at most {@code threads} reader threads and returns at once: what each sheet
     * finds is held until {@link Reading#into} hands it on, so the sheets can be read before the sink that takes
     * them exists (while the job starts). The caller closes the reading, and the source after it.
     */
    public Reading startReading(TabularSource source, int threads) {
        return new Reading(source, Math.min(threads, readers));
    }

    /** Sheets being read on reader threads, their findings held until handed to a sink in the source's order. */
    public final class Reading implements AutoCloseable {
        private final String file;
        private final SheetReaders pool;
        private final List<Future<SheetFindings>> findings = new ArrayList<>();
        private final int sheetCount;

        private Reading(TabularSource source, int threads) {
            this.file = source.fileName();
            List<SourceSheet> sheets = source.sheets();
            this.sheetCount = sheets.size();
            this.pool = new SheetReaders(source, Math.min(Math.max(1, threads), Math.max(1, sheets.size())));
            for (int i = 0; i < sheets.size(); i++) {
                int index = i;
                findings.add(pool.submit(reader -> readSheet(file, reader.sheets().get(index))));
            }
        }

        /** Lets the sheets not yet started be read on up to as many threads as the reader was made with. */
        public void widen() {
            pool.widen(Math.min(readers, Math.max(1, sheetCount)));
        }

        /** Hands each sheet's findings to the sink as the sheet is done, in the source's order. */
        public IngestResult into(IngestSink sink, Consumer<String> progress) {
            widen();
            List<IngestSummary> summaries = new ArrayList<>();
            Map<AnnexAList, String> skipped = new EnumMap<>(AnnexAList.class);
            Map<AnnexAList, String> readFrom = new EnumMap<>(AnnexAList.class);
            List<String> sheetNames = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                SheetFindings found = BackgroundWork.await(findings.get(i));
                // Handed on: the rows are the sink's now, and are not held here for as long as the reading is open.
                findings.set(i, null);
                sheetNames.add(found.sheet);
                found.replay(sink, progress, summaries, skipped, readFrom);
            }
            if (readFrom.isEmpty() && skipped.isEmpty()) {
                throw new InputException(file + ": no sheet has the header row of an Annex A list (sheets: "
                        + String.join(", ", sheetNames) + ").");
            }
            readFrom.keySet().forEach(skipped::remove);
            return new IngestResult(file, List.copyOf(summaries), Map.copyOf(skipped));
        }

        /** Stops the sheets not yet read and closes the readers opened for other threads. */
        @Override
        public void close() {
            pool.close();
        }
    }

    private SheetFindings readSheet(String file, SourceSheet sheet) {
        try (Stream<RawRow> stream = sheet.rows()) {
            return readSheet(file, sheet.name(), stream.iterator());
        } catch (IOException e) {
            throw new InputException(file + ", sheet '" + sheet.name() + "': cannot be read (" + e.getMessage() + ").");
        } catch (UncheckedIOException e) {
            throw new InputException(file + ", sheet '" + sheet.name() + "': cannot be read ("
                    + e.getCause().getMessage() + ").");
        }
    }

    private SheetFindings readSheet(String file, String sheetName, Iterator<RawRow> rows) {
        RawRow header = null;
        while (rows.hasNext()) {
            RawRow row = rows.next();
            if (!row.isBlank()) {
                header = row;
                break;
            }
        }
        if (header == null) {
            return SheetFindings.ignored(sheetName, new Issue(file, sheetName, "", 0, "", "",
                    IssueCode.UNRECOGNISED_SHEET, file + ", sheet '" + sheetName + "': the sheet is empty; it is ignored."));
        }
        List<String> headers = new ArrayList<>();
        for (RawCell cell : header.cells()) {
            headers.add(Text.clean(cell.text()));
        }
        Optional<HeaderMatch> identified = HeaderMatcher.identify(headers);
        if (identified.isEmpty()) {
            return SheetFindings.ignored(sheetName, new Issue(file, sheetName, "", header.rowNumber(), "", "",
                    IssueCode.UNRECOGNISED_SHEET, file + ", sheet '" + sheetName + "': the header row in row "
                            + header.rowNumber() + " matches no Annex A list; the sheet is ignored."));
        }
        HeaderMatch match = identified.get();
        AnnexAList list = match.list();
        SheetFindings found = new SheetFindings(file, sheetName, list, header.rowNumber());
        SheetReader reader = new SheetReader(file, sheetName, match, headers, found);
        reader.reportHeaderProblems(header.rowNumber());
        found.headerIssues = found.held.size();
        List<AnnexAList.Column> missing = match.missingRequired();
        if (!missing.isEmpty()) {
            List<String> names = missing.stream().map(c -> "'" + c.field().header() + "'").toList();
            found.skippedBecause = "skipped: required column " + String.join(", ", names) + " missing from sheet '"
                    + sheetName + "' of " + file;
            found.summary = new IngestSummary(file, sheetName, list, 0, 0, 0, reader.issues, found.skippedBecause);
            return found;
        }
        while (rows.hasNext()) {
            if (Thread.interrupted()) {
                // An earlier sheet failed: this sheet's findings will not be used.
                throw new CancellationException();
            }
            reader.readRow(rows.next());
            if (reader.read > 0 && reader.read % PROGRESS_EVERY == 0 && reader.lastReported != reader.read) {
                reader.lastReported = reader.read;
                found.held.progress(String.format("%s: %,d rows read", list.label(), reader.read));
            }
        }
        found.summary = new IngestSummary(file, sheetName, list, reader.read, reader.clean, reader.quarantined,
                reader.issues, IngestSummary.READ);
        return found;
    }

    /**
     * What reading one sheet found, held until the sheets before it are handed on: its header's verdict, then its
     * issues, clean and quarantined rows and progress lines in the order the rows were read.
     */
    private static final class SheetFindings {
        final String file;
        final String sheet;
        /** Null when the sheet holds no list. */
        final AnnexAList list;
        final int headerRow;
        /** The sheet's findings in order, the header's issues first. */
        final HeldFindings held = new HeldFindings();
        int headerIssues;
        String skippedBecause;
        IngestSummary summary;

        SheetFindings(String file, String sheet, AnnexAList list, int headerRow) {
            this.file = file;
            this.sheet = sheet;
            this.list = list;
            this.headerRow = headerRow;
        }

        static SheetFindings ignored(String sheet, Issue why) {
            SheetFindings found = new SheetFindings(why.file(), sheet, null, 0);
            found.held.issue(why);
            return found;
        }

        void replay(IngestSink sink, Consumer<String> progress, List<IngestSummary> summaries,
                    Map<AnnexAList, String> skipped, Map<AnnexAList, String> readFrom) {
            if (list == null) {
                held.replay(sink, progress);
                return;
            }
            if (readFrom.containsKey(list)) {
                sink.issue(new Issue(file, sheet, list.label(), headerRow, "", "", IssueCode.DUPLICATE_LIST,
                        file + ", sheet '" + sheet + "': holds " + list.label() + ", already read from sheet '"
                                + readFrom.get(list) + "'; this sheet is ignored."));
                return;
            }
            if (skippedBecause != null) {
                held.replay(sink, progress);
                skipped.putIfAbsent(list, skippedBecause);
                summaries.add(summary);
                return;
            }
            readFrom.put(list, sheet);
            held.replay(sink, progress, 0, headerIssues);
            sink.startList(list);
            held.replay(sink, progress, headerIssues, held.size());
            sink.endList(list);
            summaries.add(summary);
        }
    }

    /** Reads the rows of one identified sheet, keeping its counts. */
    private final class SheetReader {
        private final String file;
        private final String sheet;
        private final HeaderMatch match;
        private final List<String> headers;
        private final SheetFindings found;
        private final AnnexAList list;
        long read;
        long clean;
        long quarantined;
        long issues;
        long lastReported;

        SheetReader(String file, String sheet, HeaderMatch match, List<String> headers, SheetFindings found) {
            this.file = file;
            this.sheet = sheet;
            this.match = match;
            this.headers = headers;
            this.found = found;
            this.list = match.list();
        }

        void reportHeaderProblems(int headerRow) {
            for (int position : match.unrecognised()) {
                emit(new Issue(file, sheet, list.label(), headerRow, headers.get(position), headers.get(position),
                        IssueCode.UNRECOGNISED_COLUMN, where(headerRow, headers.get(position))
                                + "the header matches no column of " + list.label() + "; the column is ignored."));
            }
            for (int position : match.duplicates()) {
                emit(new Issue(file, sheet, list.label(), headerRow, headers.get(position), headers.get(position),
                        IssueCode.DUPLICATE_COLUMN, where(headerRow, headers.get(position))
                                + "a second header for a column already matched; the second is ignored."));
            }
            for (AnnexAList.Column column : match.missingRequired()) {
                emit(new Issue(file, sheet, list.label(), headerRow, column.field().header(), "",
                        IssueCode.MISSING_REQUIRED_COLUMN, file + ", sheet '" + sheet + "': the required column '"
                                + column.field().header() + "' of " + list.label()
                                + " is missing; the list is skipped."));
            }
            for (AnnexAList.Column column : match.missingOptional()) {
                emit(new Issue(file, sheet, list.label(), headerRow, column.field().header(), "",
                        IssueCode.OPTIONAL_COLUMN_ABSENT, file + ", sheet '" + sheet + "': the column '"
                                + column.field().header() + "' (added in the latest template revision) is absent;"
                                + " its values are left empty."));
            }
        }

        void readRow(RawRow row) {
            if (row.isBlank()) {
                return;
            }
            read++;
            Origin source = Origin.inSheet(file, sheet, row.rowNumber());
            List<AnnexAList.Column> columns = list.columns();
            Object[] values = new Object[columns.size()];
            List<Issue> rowIssues = new ArrayList<>(0);
            boolean quarantine = false;
            for (int i = 0; i < columns.size(); i++) {
                AnnexAList.Column column = columns.get(i);
                int position = match.positions()[i];
                if (position < 0) {
                    continue;
                }
                RawCell cell = row.cell(position);
                CellParser.Parsed parsed = parser.parse(column.field().type(), column.field().codeList().orElse(null), cell);
                boolean key = list.keyFields().contains(column.field());
                String header = headers.get(position);
                if (parsed.isProblem()) {
                    IssueCode code = key ? keyProblem(column.field(), false) : parsed.problem();
                    rowIssues.add(cellIssue(row.rowNumber(), header, column.field(), cell, code,
                            describe(row.rowNumber(), header, column.field(), cell, parsed.detail(), key)));
                    quarantine |= key;
                } else if (parsed.isBlank()) {
                    if (key) {
                        IssueCode code = keyProblem(column.field(), true);
                        rowIssues.add(cellIssue(row.rowNumber(), header, column.field(), cell, code,
                                where(row.rowNumber(), header) + "blank; " + code.meaning() + "."));
                        quarantine = true;
                    } else if (!column.blankAllowed()) {
                        rowIssues.add(cellIssue(row.rowNumber(), header, column.field(), cell,
                                IssueCode.MISSING_VALUE, where(row.rowNumber(), header)
                                        + "blank where the template requires a value."));
                    }
                } else {
                    values[i] = parsed.value();
                }
            }
            rowIssues.forEach(this::emit);
            if (quarantine) {
                quarantined++;
                found.held.quarantined(new QuarantinedRecord(list, source, rawValues(row), rowIssues));
            } else {
                clean++;
                found.held.clean(new TableRecord(list, source, values));
            }
        }

        private List<String> rawValues(RawRow row) {
            List<String> raw = new ArrayList<>(list.columns().size());
            for (int position : match.positions()) {
                raw.add(position < 0 ? "" : row.cell(position).text());
            }
            return raw;
        }

        private IssueCode keyProblem(Field field, boolean blank) {
            if (field == list.identifier()) {
                return blank ? IssueCode.MISSING_IDENTIFIER : IssueCode.INVALID_IDENTIFIER;
            }
            return blank ? IssueCode.MISSING_EVENT_DATE : IssueCode.INVALID_EVENT_DATE;
        }

        private String describe(int rowNumber, String header, Field field, RawCell cell, String detail,
                                boolean key) {
            String shown = Masking.shown(field.identifiesChild(), cell.text());
            return where(rowNumber, header) + "value '" + shown + "' is not usable (" + detail + "); "
                    + (key ? "the row is quarantined." : "the value is left empty.");
        }

        private Issue cellIssue(int rowNumber, String header, Field field, RawCell cell, IssueCode code,
                                String message) {
            return new Issue(file, sheet, list.label(), rowNumber, header,
                    Masking.shown(field.identifiesChild(), cell.text()), code,
                    message);
        }

        private String where(int rowNumber, String header) {
            return file + ", sheet '" + sheet + "', row " + rowNumber + ", column '" + header + "': ";
        }

        private void emit(Issue issue) {
            issues++;
            found.held.issue(issue);
        }
    }
}
