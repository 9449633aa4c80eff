package uk.chatbatch.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.ingest.read.RawCell;
import uk.chatbatch.ingest.read.RawRow;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.Masking;
import uk.chatbatch.model.ValueType;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.RecordSink;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.model.table.TableSummary;

/**
 * Reads the rows of one table from one file (a CSV file, or one table's rows from an XML file),
 * checks every value, applies precedence between years and keeps the counts.
 *
 * <p>Policy: a row whose CHILD or key date is missing or unusable is quarantined with its issues;
 * a second row with the same key in the same year is quarantined as a duplicate; any other bad
 * value is an issue, is left empty, and the row stays. A clean row whose key a later year already
 * holds is superseded: counted and handed to {@link RecordSink#superseded}, not sent on as clean.
 */
final class TableReader {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String file;
    private final boolean xml;
    private final Ssda903Table table;
    private final Optional<CollectionYear> year;
    private final List<String> headers;
    private final int[] positions;
    private final KeyIndex keys;
    private final RecordSink sink;
    private final ValueParser parser;
    private final String label;
    private final int keyDateIndex;

    long read;
    long clean;
    long quarantined;
    long superseded;
    long issues;
    private LocalDate latestEvent;
    private long rowsWithEventAfterYear;
    private boolean anyEpisodeOpenInYear;

    /**
     * @param headers   the header (CSV) or element name (XML) found for each position
     * @param positions for each table column, the position in a row holding it
     */
    TableReader(String file, boolean xml, Ssda903Table table, Optional<CollectionYear> year, List<String> headers,
                int[] positions, KeyIndex keys, RecordSink sink, ValueParser parser) {
        this.file = file;
        this.xml = xml;
        this.table = table;
        this.year = year;
        this.headers = headers;
        this.positions = positions;
        this.keys = keys;
        this.sink = sink;
        this.parser = parser;
        this.label = table.label(year);
        this.keyDateIndex = table.keyDate().map(table::indexOf).orElse(-1);
    }

    String label() {
        return label;
    }

    /**
     * @param location for CSV the file name, for XML the element the row came from
     *                 ("CHILD[3]/EPISODE[2]"); it goes to the issue's sheet
     */
    void readRow(RawRow row, String location) {
        if (row.isBlank()) {
            return;
        }
        read++;
        List<Ssda903Table.Column> columns = table.columns();
        Object[] values = new Object[columns.size()];
        List<Issue> rowIssues = new ArrayList<>(0);
        boolean quarantine = false;
        for (int i = 0; i < columns.size(); i++) {
            Ssda903Table.Column column = columns.get(i);
            Ssda903Field field = column.field();
            RawCell cell = row.cell(positions[i]);
            String header = headers.get(positions[i]);
            boolean key = field == table.identifier() || i == keyDateIndex;
            ValueParser.Outcome outcome = parser.parse(field, cell, year);
            if (outcome.isRejected()) {
                IssueCode code = key ? keyProblem(field, false) : outcome.problem();
                rowIssues.add(issue(row, location, header, field, cell, code,
                        where(row, location, header) + "value '" + shown(field, cell) + "' is not usable ("
                                + outcome.detail() + "); "
                                + (key ? "the row is quarantined." : "the value is left empty.")));
                quarantine |= key;
            } else if (outcome.isBlank()) {
                if (key) {
                    IssueCode code = keyProblem(field, true);
                    rowIssues.add(issue(row, location, header, field, cell, code,
                            where(row, location, header) + "blank; " + (field == table.identifier()
                                    ? "the row cannot be linked to a child"
                                    : field.header() + " is part of the " + table.title() + " key")
                                    + ", so the row is quarantined."));
                    quarantine = true;
                } else if (!column.blankAllowed()) {
                    rowIssues.add(issue(row, location, header, field, cell, IssueCode.MISSING_VALUE,
                            where(row, location, header) + "blank where the SSDA903 specification requires a value."));
                }
            } else {
                values[i] = outcome.value();
                if (outcome.isKeptWithWarning()) {
                    rowIssues.add(issue(row, location, header, field, cell, outcome.problem(),
                            where(row, location, header) + "value '" + shown(field, cell) + "' is read as "
                                    + outcome.value() + " (" + outcome.detail() + ")."));
                }
            }
        }
        checkWithdrawnCodes(row, location, values, rowIssues);
        checkEpisodeEndsAfterStart(row, location, values, rowIssues);
        if (!quarantine) {
            KeyIndex.Claim claim = keys.claim(key(values), year);
            if (claim instanceof KeyIndex.Duplicate) {
                String header = headers.get(positions[0]);
                rowIssues.add(issue(row, location, header, table.identifier(), row.cell(positions[0]),
                        IssueCode.DUPLICATE_KEY, where(row, location, header) + "a second row for the same "
                                + describeKey() + " in " + (year.isPresent() ? label : "this file")
                                + "; the first is kept and this row is quarantined."));
                quarantine = true;
            } else {
                noteYearFit(values);
                clean++;
                TableRecord record = new TableRecord(table, new Origin(file, row.rowNumber(), year), values);
                if (claim instanceof KeyIndex.Superseded s) {
                    superseded++;
                    sink.superseded(record, s.by());
                } else {
                    sink.clean(record);
                }
            }
        }
        rowIssues.forEach(this::emit);
        if (quarantine) {
            quarantined++;
            sink.quarantined(new QuarantinedRecord(table, new Origin(file, row.rowNumber(), year),
                    rawValues(row), rowIssues));
        }
    }

    /**
     * An episode that ceases before it starts was read without a word; the dates stay as sent (either may be
     * the wrong one) and the row is flagged, as Annex A's end-before-start check does.
     */
    private void checkEpisodeEndsAfterStart(RawRow row, String location, Object[] values, List<Issue> rowIssues) {
        if (table != Ssda903Table.EPISODES) {
            return;
        }
        int decIndex = table.indexOf(Ssda903Field.DEC);
        int decomIndex = table.indexOf(Ssda903Field.DECOM);
        if (values[decIndex] instanceof LocalDate ceased && values[decomIndex] instanceof LocalDate started
                && ceased.isBefore(started)) {
            String header = headers.get(positions[decIndex]);
            rowIssues.add(issue(row, location, header, Ssda903Field.DEC, row.cell(positions[decIndex]),
                    IssueCode.END_BEFORE_START, where(row, location, header) + "value '" + ceased.format(DMY)
                            + "' is before the episode's DECOM " + started.format(DMY)
                            + "; both dates are kept as sent, check which is wrong."));
        }
    }

    /** A code withdrawn for events from a date (PLACE P2 from 28 October 2023) is checked against the key date. */
    private void checkWithdrawnCodes(RawRow row, String location, Object[] values, List<Issue> rowIssues) {
        if (keyDateIndex < 0 || !(values[keyDateIndex] instanceof LocalDate event)) {
            return;
        }
        List<Ssda903Table.Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Ssda903Field field = columns.get(i).field();
            if (field.type() != ValueType.CODE || values[i] == null) {
                continue;
            }
            Optional<LocalDate> withdrawn = field.codes().code((String) values[i])
                    .flatMap(Ssda903CodeList.Code::withdrawnForEventsFrom);
            if (withdrawn.isPresent() && !event.isBefore(withdrawn.get())) {
                String header = headers.get(positions[i]);
                String keyHeader = headers.get(positions[keyDateIndex]);
                rowIssues.add(issue(row, location, header, field, row.cell(positions[i]),
                        IssueCode.CODE_WITHDRAWN_FOR_DATE, where(row, location, header) + "value '" + values[i]
                                + "' may not be used when " + keyHeader + " is on or after "
                                + withdrawn.get().format(DMY) + " (" + keyHeader + " is " + event.format(DMY)
                                + "); the value is left empty."));
                values[i] = null;
            }
        }
    }

    private String key(Object[] values) {
        StringBuilder key = new StringBuilder((String) values[0]);
        if (keyDateIndex >= 0) {
            key.append('\u0000').append(values[keyDateIndex]);
        }
        if (table.precedence() == Ssda903Table.Precedence.EACH_YEAR) {
            key.append('\u0000').append(year.map(CollectionYear::label).orElse(""));
        }
        return key.toString();
    }

    private String describeKey() {
        return String.join(" and ", table.keyFields().stream().map(Ssda903Field::header).toList());
    }

    private void noteYearFit(Object[] values) {
        if (year.isEmpty()) {
            return;
        }
        boolean afterYear = false;
        for (Ssda903Field field : table.eventDates()) {
            if (values[table.indexOf(field)] instanceof LocalDate date) {
                if (latestEvent == null || date.isAfter(latestEvent)) {
                    latestEvent = date;
                }
                afterYear |= date.isAfter(year.get().end());
            }
        }
        if (afterYear) {
            rowsWithEventAfterYear++;
        }
        if (table == Ssda903Table.EPISODES) {
            Object dec = values[table.indexOf(Ssda903Field.DEC)];
            anyEpisodeOpenInYear |= dec == null || !((LocalDate) dec).isBefore(year.get().start());
        }
    }

    /**
     * Warns when the file's dates do not fit its collection year: more than a quarter of its rows
     * dated after the year ends, or (episodes) no episode open at any time in the year. Either
     * usually means the name's year was read by the wrong convention. A few stray dates are left
     * to validation.
     */
    void checkYearFit(String yearBasis) {
        if (year.isEmpty() || clean == 0) {
            return;
        }
        CollectionYear y = year.get();
        String problem = null;
        if (rowsWithEventAfterYear * 4 > clean) {
            problem = String.format("%,d of %,d rows have dates after %s ended on %s (the latest %s)",
                    rowsWithEventAfterYear, clean, y.label(), y.end().format(DMY), latestEvent.format(DMY));
        } else if (table == Ssda903Table.EPISODES && !anyEpisodeOpenInYear) {
            problem = "no episode is open at any time in " + y.label() + " (every one ended before "
                    + y.start().format(DMY) + ")";
        }
        if (problem != null) {
            emit(new Issue(file, xml ? "" : fileName(), label, 0, "", "", IssueCode.COLLECTION_YEAR_MISMATCH,
                    file + ": " + problem + "; the collection year came from the " + yearBasis
                            + ". If the name gives the year the collection ends (or starts), read it with that"
                            + " convention or set the year."));
        }
    }

    TableSummary<Ssda903Table> summary(String yearBasis) {
        return new TableSummary<>(file, table, year, yearBasis, read, clean, quarantined, superseded, issues,
                TableSummary.READ);
    }

    private List<String> rawValues(RawRow row) {
        List<String> raw = new ArrayList<>(positions.length);
        for (int position : positions) {
            raw.add(row.cell(position).text());
        }
        return raw;
    }

    private IssueCode keyProblem(Ssda903Field field, boolean blank) {
        if (field == table.identifier()) {
            return blank ? IssueCode.MISSING_IDENTIFIER : IssueCode.INVALID_IDENTIFIER;
        }
        return blank ? IssueCode.MISSING_EVENT_DATE : IssueCode.INVALID_EVENT_DATE;
    }

    private static String shown(Ssda903Field field, RawCell cell) {
        String raw = cell.text();
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        return field.identifiesChild() ? Masking.mask(raw) : raw;
    }

    private Issue issue(RawRow row, String location, String header, Ssda903Field field, RawCell cell,
                        IssueCode code, String message) {
        return new Issue(file, location, label, row.rowNumber(), header, shown(field, cell), code, message);
    }

    private String where(RawRow row, String location, String header) {
        if (xml) {
            return file + ", line " + row.rowNumber() + ", " + location + ", element '" + header + "': ";
        }
        return file + ", row " + row.rowNumber() + ", column '" + header + "': ";
    }

    private String fileName() {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }

    void emit(Issue issue) {
        issues++;
        sink.issue(issue);
    }
}
