package uk.chatbatch.cin;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import uk.chatbatch.annexa.CellParser;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.annexa.read.RawCell;
import uk.chatbatch.ingest.IssueCode;

/**
 * Turns an element's text into the typed value of its field, or says why it cannot. Identifiers,
 * dates and counts go through the Annex A {@link CellParser}, so every source parses them alike;
 * what XML does not need is kept out: a bare number is never read as an Excel date serial (a census
 * date is YYYY-MM-DD, and "2024" must not become a day in 1905).
 */
final class CinValues {

    /** CellParser chooses its rules by the Annex A field's type; these three stand for ID, DATE and INTEGER. */
    private static final Field AN_ID = Field.CHILD_ID;
    private static final Field A_DATE = Field.DATE_OF_BIRTH;
    private static final Field A_COUNT = Field.CP_PREVIOUS_PLANS;

    private static final CellParser CELLS = CellParser.standard();
    private static final Pattern UPN = Pattern.compile("[A-Z]\\d{11}[A-Z0-9]");
    /** xs:date may carry a time zone, which a calendar date does not need. */
    private static final Pattern ZONED_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");

    private static final int MEMO_LIMIT = 50_000;
    private static final Map<String, Parsed> DATES = new ConcurrentHashMap<>();

    static final String DATE_ACCEPTED = "expected a date as YYYY-MM-DD between 1900 and 2100";
    static final String YES_NO_ACCEPTED = "accepted: true, false, 1, 0";

    private CinValues() {
    }

    /** The outcome for one value: the typed value, or the problem and what would be accepted. */
    record Parsed(Object value, IssueCode problem, String detail) {

        static Parsed ok(Object value) {
            return new Parsed(value, null, null);
        }

        static Parsed bad(IssueCode problem, String detail) {
            return new Parsed(null, problem, detail);
        }

        boolean isProblem() {
            return problem != null;
        }
    }

    /** Parses cleaned, non-empty text. */
    static Parsed parse(CinField field, String text) {
        switch (field.type()) {
            case ID:
                return fromCells(CELLS.parse(AN_ID, RawCell.text(text)), null);
            case UPN: {
                String upper = text.toUpperCase(Locale.ROOT);
                return UPN.matcher(upper).matches() ? Parsed.ok(upper)
                        : Parsed.bad(IssueCode.CIN_INVALID_UPN, "expected a letter, 11 digits, then a digit or letter");
            }
            case DATE:
                return date(text);
            case CODE: {
                Optional<CinCodeList.Entry> entry = field.codeList().match(text);
                return entry.isPresent() ? Parsed.ok(entry.get().code())
                        : Parsed.bad(IssueCode.INVALID_CODE, "accepted: " + field.codeList().describeAccepted());
            }
            case YES_NO:
                return yesNo(text);
            case COUNT:
                return fromCells(CELLS.parse(A_COUNT, RawCell.text(text)), null);
            default:
                throw new IllegalArgumentException(field + " is not read from an element");
        }
    }

    /**
     * A census repeats the same few thousand dates, so each spelling is parsed once; CellParser's
     * regular expressions were most of the reader's own time.
     */
    static Parsed date(String text) {
        Parsed known = DATES.get(text);
        if (known != null) {
            return known;
        }
        Parsed parsed = parseDate(text);
        if (DATES.size() < MEMO_LIMIT) {
            DATES.put(text, parsed);
        }
        return parsed;
    }

    private static Parsed parseDate(String text) {
        if (DIGITS.matcher(text).matches()) {
            return Parsed.bad(IssueCode.INVALID_DATE, DATE_ACCEPTED);
        }
        var zoned = ZONED_DATE.matcher(text);
        String plain = zoned.matches() ? zoned.group(1) : text;
        return fromCells(CELLS.parse(A_DATE, RawCell.text(plain)), DATE_ACCEPTED);
    }

    private static Parsed yesNo(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
                return Parsed.ok(Boolean.TRUE);
            case "false":
            case "0":
                return Parsed.ok(Boolean.FALSE);
            default:
                return Parsed.bad(IssueCode.INVALID_CODE, YES_NO_ACCEPTED);
        }
    }

    private static Parsed fromCells(CellParser.Parsed parsed, String detail) {
        if (parsed.isProblem()) {
            return Parsed.bad(parsed.problem(), detail != null ? detail : parsed.detail());
        }
        return Parsed.ok(parsed.value());
    }
}
