package uk.chatbatch.ssda903;

import java.util.Optional;
import uk.chatbatch.ingest.read.RawCell;
import uk.chatbatch.ingest.CellParser;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.Text;
import uk.chatbatch.model.ValueType;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.PartialDate;

/**
 * Turns one raw SSDA903 value into the typed value of its field in a collection year, or says why
 * it cannot. Identifiers, dates, numbers and postcodes are read by the one {@link CellParser} every
 * source uses (dd/mm/yyyy or yyyy-mm-dd, "1234.0" identifiers); codes by the year's
 * {@link Ssda903CodeList}; DATE_PERM as a {@link PartialDate}.
 */
final class ValueParser {

    private final CellParser cells = CellParser.standard();

    /**
     * The outcome for one value.
     *
     * @param value   the typed value, or null when blank or rejected
     * @param problem what is wrong, or null; with a value it is a warning and the value is kept
     * @param detail  what would be accepted, for the message
     */
    record Outcome(Object value, IssueCode problem, String detail) {

        static final Outcome BLANK = new Outcome(null, null, null);

        boolean isBlank() {
            return value == null && problem == null;
        }

        boolean isRejected() {
            return value == null && problem != null;
        }

        boolean isKeptWithWarning() {
            return value != null && problem != null;
        }
    }

    Outcome parse(Ssda903Field field, RawCell cell, Optional<CollectionYear> year) {
        if (cell.isBlank()) {
            return Outcome.BLANK;
        }
        return switch (field.type()) {
            case INTEGER -> integer(field, cell);
            case PARTIAL_DATE -> partialDate(cell);
            case CODE -> code(field.codes(), cell, year);
            default -> cells(field.type(), cell);
        };
    }

    /** Reads the value as every source reads a value of its type. */
    private Outcome cells(ValueType type, RawCell cell) {
        CellParser.Parsed parsed = cells.parse(type, null, cell);
        if (parsed.isProblem()) {
            String detail = parsed.problem() == IssueCode.INVALID_DATE
                    ? "expected dd/mm/yyyy or yyyy-mm-dd between 1900 and 2100" : parsed.detail();
            return new Outcome(null, parsed.problem(), detail);
        }
        return new Outcome(parsed.value(), null, null);
    }

    private Outcome integer(Ssda903Field field, RawCell cell) {
        Outcome outcome = cells(ValueType.INTEGER, cell);
        if (outcome.value() instanceof Integer n && n > field.max()) {
            return new Outcome(null, IssueCode.INVALID_NUMBER, "expected a whole number from 0 to " + field.max());
        }
        return outcome;
    }

    private static Outcome partialDate(RawCell cell) {
        String text = Text.clean(cell.text());
        if (Text.isExcelError(text)) {
            return new Outcome(null, IssueCode.EXCEL_ERROR_VALUE, "an Excel error value, not data");
        }
        return PartialDate.parse(text).<Outcome>map(d -> new Outcome(d, null, null)).orElseGet(() ->
                new Outcome(null, IssueCode.INVALID_DATE,
                        "expected dd/mm/yyyy with ZZ for an unknown part, such as ZZ/05/2021"));
    }

    private static Outcome code(Ssda903CodeList list, RawCell cell, Optional<CollectionYear> year) {
        String text = Text.clean(cell.text());
        if (Text.isExcelError(text)) {
            return new Outcome(null, IssueCode.EXCEL_ERROR_VALUE, "an Excel error value, not data");
        }
        Ssda903CodeList.Lookup found = list.lookup(text, year);
        if (found.status() == Ssda903CodeList.Lookup.Status.VALID) {
            return new Outcome(found.code().code(), null, null);
        }
        String yearText = year.map(CollectionYear::label).orElse("");
        return switch (found.status()) {
            case VALID -> throw new IllegalStateException("handled above");
            case OTHER_YEAR_SPELLING -> new Outcome(found.code().code(), IssueCode.OTHER_YEAR_SPELLING,
                    "'" + found.form().text() + "' is how " + found.code().code() + " is written "
                            + found.form().years().describe() + "; " + yearText + " writes "
                            + writtenIn(found.code(), year));
            case NOT_IN_YEAR -> new Outcome(null, IssueCode.CODE_NOT_VALID_IN_YEAR,
                    found.code().code() + " is valid " + found.form().years().describe() + ", not in " + yearText
                            + "; accepted in " + yearText + ": " + list.describeAccepted(year));
            case UNKNOWN -> new Outcome(null, IssueCode.INVALID_CODE,
                    "accepted" + (year.isPresent() ? " in " + yearText : "") + ": " + list.describeAccepted(year));
        };
    }

    private static String writtenIn(Ssda903CodeList.Code code, Optional<CollectionYear> year) {
        for (Ssda903CodeList.Form form : code.forms()) {
            if (year.isPresent() && form.years().contains(year.get())) {
                return "'" + form.text() + "'";
            }
        }
        return "'" + code.code() + "'";
    }
}
