package uk.chatbatch.model.table;

import java.util.Locale;
import java.util.regex.Pattern;
import uk.chatbatch.model.Text;

/**
 * How a value as written is read as a code of a list, with the rules as data, so that every source's lists (Annex A,
 * SSDA903, CIN census) bring a written value and a stored code to the same key the same way and differ only in
 * which rules they take. White space is always cleaned ({@link Text#clean}: surrounding, doubled and non-breaking
 * spaces). No rule drops leading zeros: "01" is not the code "1" in any list.
 *
 * @param anyCase                 "wbri" is WBRI
 * @param spreadsheetWholeNumbers a whole number a spreadsheet wrote as "1.0" is "1" (a CSV saved from Excel)
 */
public record CodeSpelling(boolean anyCase, boolean spreadsheetWholeNumbers) {

    /** The whole code, any case: the CIN census's XML values, and the code at the start of an Annex A cell. */
    public static final CodeSpelling ANY_CASE = new CodeSpelling(true, false);
    /** The whole code, any case, whole numbers as a spreadsheet writes them: SSDA903 CSV and XML values. */
    public static final CodeSpelling ANY_CASE_SPREADSHEET_NUMBERS = new CodeSpelling(true, true);

    private static final Pattern WHOLE_NUMBER_WITH_POINT = Pattern.compile("^\\d+\\.0+$");

    /** The key a value is found by: a stored code and every spelling of it these rules accept have the same key. */
    public String key(String written) {
        String text = Text.clean(written);
        if (anyCase) {
            text = text.toUpperCase(Locale.ROOT);
        }
        if (spreadsheetWholeNumbers && WHOLE_NUMBER_WITH_POINT.matcher(text).matches()) {
            text = text.substring(0, text.indexOf('.'));
        }
        return text;
    }
}
