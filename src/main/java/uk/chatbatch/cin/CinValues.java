package uk.chatbatch.cin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import uk.chatbatch.ingest.read.RawCell;
import uk.chatbatch.ingest.CellParser;
import uk.chatbatch.ingest.CellParser.Parsed;
import uk.chatbatch.ingest.CellParser;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.ValueType;

/**
 * Turns an element's text into the typed value of its field, or says why it cannot, with the
 * {@link CellParser} every source reads through. What XML does not need is kept out: a bare number is
 * never read as an Excel date serial (a census date is YYYY-MM-DD, and "2024" must not become a day in
 * 1905), and UPNs and yes/no values are read without the spreadsheet checks.
 */
final class CinValues {

    private static final CellParser CELLS = CellParser.standard();
    /** xs:date may carry a time zone, which a calendar date does not need. */
    private static final Pattern ZONED_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");

    private static final int MEMO_LIMIT = 50_000;
    private static final Map<String, Parsed> DATES = new ConcurrentHashMap<>();

    static final String DATE_ACCEPTED = "expected a date as YYYY-MM-DD between 1900 and 2100";

    private CinValues() {
    }

    /** Parses cleaned, non-empty text. */
    static Parsed parse(CinField field, String text) {
        switch (field.type()) {
            case ID:
            case INTEGER:
                return CELLS.parse(field.type(), null, RawCell.text(text));
            case UPN:
                return CellParser.upn(text);
            case DATE:
                return date(text);
            case CODE: {
                Optional<CinCodeList.Entry> entry = field.codes().match(text);
                return entry.isPresent() ? Parsed.ok(entry.get().code())
                        : Parsed.bad(IssueCode.INVALID_CODE, "accepted: " + field.codes().describeAccepted());
            }
            case YES_NO:
                return CellParser.yesNo(text);
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
        Parsed parsed = CELLS.parse(ValueType.DATE, null, RawCell.text(plain));
        return parsed.isProblem() ? Parsed.bad(parsed.problem(), DATE_ACCEPTED) : parsed;
    }
}
