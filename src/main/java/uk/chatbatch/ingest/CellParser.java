package uk.chatbatch.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.chatbatch.ingest.read.RawCell;
import uk.chatbatch.model.CodeMatcher;
import uk.chatbatch.model.Text;
import uk.chatbatch.model.ValueType;

/**
 * The one value parser of every source: turns one raw cell or value into the typed value of its
 * {@link ValueType}, or says why it cannot. Annex A, SSDA903 and the CIN census all read through it
 * (each source adds only its own rules: SSDA903's codes by collection year and partial dates, the CIN
 * census's refusal of bare numbers as dates). Dates are parsed here, once, into LocalDate (design
 * invariant 3).
 *
 * <p>Accepted: Excel date serials (1900 date system, or 1904 when the workbook says so; a time part
 * is dropped) and text dates dd/mm/yyyy (one- or two-digit day and month; "-" or "." also accepted as
 * separators), yyyy-mm-dd, either optionally followed by a midnight time. Dates before 1900 or after
 * 2100 are rejected as typing errors. Identifiers read through Excel as 1234.0 become 1234.
 */
public final class CellParser {

    private static final LocalDate EXCEL_EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final Pattern DMY = Pattern.compile(
            "^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$");
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?$");
    private static final Pattern POSTCODE = Pattern.compile(
            "^([A-Z]{1,2}\\d[A-Z\\d]?) ?(\\d[A-Z]{2})$");
    private static final Pattern UPN = Pattern.compile("[A-Z]\\d{11}[A-Z0-9]");

    /** What a yes/no value accepts, for messages. */
    public static final String YES_NO_ACCEPTED = "accepted: true, false, 1, 0";

    private final boolean date1904;

    public CellParser(boolean date1904) {
        this.date1904 = date1904;
    }

    public static CellParser standard() {
        return new CellParser(false);
    }

    /** The outcome for one cell: a value (possibly null for blank) or a problem. */
    public record Parsed(Object value, IssueCode problem, String detail) {

        public static Parsed ok(Object value) {
            return new Parsed(value, null, null);
        }

        static Parsed blank() {
            return new Parsed(null, null, null);
        }

        public static Parsed bad(IssueCode code, String detail) {
            return new Parsed(null, code, detail);
        }

        public boolean isBlank() {
            return value == null && problem == null;
        }

        public boolean isProblem() {
            return problem != null;
        }
    }

    /**
     * A cell or value of the given type; {@code codes} is the code list of a CODE value and may be null for
     * any other type. PARTIAL_DATE and POSITION are not read here (SSDA903 reads the one, the other is not input).
     */
    public Parsed parse(ValueType type, CodeMatcher codes, RawCell cell) {
        if (cell.isBlank()) {
            return Parsed.blank();
        }
        String text = Text.clean(cell.text());
        if (cell.kind() == RawCell.Kind.ERROR || Text.isExcelError(text)) {
            return Parsed.bad(IssueCode.EXCEL_ERROR_VALUE, "an Excel error value, not data");
        }
        return switch (type) {
            case ID -> parseId(text);
            case TEXT -> Parsed.ok(text);
            case DATE -> parseDate(cell.kind(), text);
            case INTEGER -> parseCount(text, false);
            case AGE -> parseCount(text, true);
            case CODE -> codes.match(text).map(Parsed::ok).orElseGet(() ->
                    Parsed.bad(IssueCode.INVALID_CODE, "accepted: " + codes.describeAccepted()));
            case POSTCODE -> parsePostcode(text);
            case UPN -> upn(text);
            case YES_NO -> yesNo(text);
            case PARTIAL_DATE, POSITION -> throw new IllegalArgumentException(type + " is not read by the cell parser");
        };
    }

    private static Parsed parseId(String text) {
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            return Parsed.ok(text); // most identifiers: neither rule below can apply
        }
        // Checked first: 1.2E+5 also has a '.', and as a decimal it would silently become 120000.
        if (NUMBER.matcher(text).matches() && (text.contains("e") || text.contains("E"))) {
            return Parsed.bad(IssueCode.INVALID_IDENTIFIER,
                    "Excel turned the identifier into a rounded number; format the column as text");
        }
        if (NUMBER.matcher(text).matches() && text.contains(".")) {
            try {
                BigDecimal n = new BigDecimal(text);
                if (n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0) {
                    return Parsed.ok(n.toBigIntegerExact().toString());
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // fall through: a decimal ID is not an ID
            }
            return Parsed.bad(IssueCode.INVALID_IDENTIFIER, "an identifier cannot have a fractional part");
        }
        return Parsed.ok(text);
    }

    private Parsed parseDate(RawCell.Kind kind, String text) {
        Optional<LocalDate> date = kind == RawCell.Kind.NUMBER ? fromSerial(text) : fromText(text);
        return date.map(Parsed::ok).orElseGet(() -> Parsed.bad(IssueCode.INVALID_DATE,
                "expected an Excel date or dd/mm/yyyy between 1900 and 2100"));
    }

    Optional<LocalDate> fromSerial(String text) {
        try {
            // Most serials are whole days, parsed more cheaply as such.
            double serial = isDigits(text, 7) ? Integer.parseInt(text) : Double.parseDouble(text);
            if (serial < 1 || serial > 2_958_465) {
                return Optional.empty();
            }
            long days = (long) Math.floor(serial);
            LocalDate date = date1904 ? EXCEL_EPOCH_1904.plusDays(days)
                    // Excel's 1900 system counts a non-existent 29 Feb 1900 (serial 60).
                    : days < 61 ? EXCEL_EPOCH_1900.plusDays(days + 1) : EXCEL_EPOCH_1900.plusDays(days);
            return plausible(date);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Optional<LocalDate> fromText(String text) {
        try {
            Matcher dmy = DMY.matcher(text);
            if (dmy.matches()) {
                return plausible(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))));
            }
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return plausible(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        // A serial that arrived as text (CSV, or a number stored as text in Excel).
        if (text.matches("^\\d{4,5}(\\.\\d+)?$")) {
            return fromSerial(text);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> plausible(LocalDate date) {
        return date.getYear() >= 1900 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
    }

    private static Parsed parseCount(String text, boolean truncate) {
        if (isDigits(text, 9)) {
            // Most counts: a plain whole number, read without the decimal rules below (which agree on it).
            int n = Integer.parseInt(text);
            return n > 10_000 ? Parsed.bad(IssueCode.INVALID_NUMBER, "implausibly large") : Parsed.ok(n);
        }
        if (!NUMBER.matcher(text).matches()) {
            return Parsed.bad(IssueCode.INVALID_NUMBER, "expected a whole number of zero or more");
        }
        BigDecimal n = new BigDecimal(text);
        if (n.signum() < 0) {
            return Parsed.bad(IssueCode.INVALID_NUMBER, "a count cannot be negative");
        }
        if (!truncate && n.stripTrailingZeros().scale() > 0) {
            return Parsed.bad(IssueCode.INVALID_NUMBER, "expected a whole number of zero or more");
        }
        if (n.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            return Parsed.bad(IssueCode.INVALID_NUMBER, "implausibly large");
        }
        return Parsed.ok(n.intValue());
    }

    /** Whether the text is one to {@code most} ASCII digits and nothing else. */
    private static boolean isDigits(String text, int most) {
        int length = text.length();
        if (length == 0 || length > most) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A unique pupil number in cleaned text (the CIN census reads it without the Excel checks). */
    public static Parsed upn(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        return UPN.matcher(upper).matches() ? Parsed.ok(upper)
                : Parsed.bad(IssueCode.CIN_INVALID_UPN, "expected a letter, 11 digits, then a digit or letter");
    }

    /** A yes/no value in cleaned text (the CIN census reads it without the Excel checks). */
    public static Parsed yesNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Parsed.ok(Boolean.TRUE);
            case "false", "0" -> Parsed.ok(Boolean.FALSE);
            default -> Parsed.bad(IssueCode.INVALID_CODE, YES_NO_ACCEPTED);
        };
    }

    private static Parsed parsePostcode(String text) {
        String upper = text.toUpperCase(Locale.ROOT).replace(" ", "");
        Matcher m = POSTCODE.matcher(upper);
        if (!m.matches()) {
            return Parsed.bad(IssueCode.INVALID_POSTCODE, "expected a UK postcode such as AB1 2CD");
        }
        return Parsed.ok(m.group(1) + " " + m.group(2));
    }
}
