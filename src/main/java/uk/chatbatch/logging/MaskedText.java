package uk.chatbatch.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for the log file with anything that could be a cell value taken out. Exception messages
 * quote the values they failed on, and a child identifier, date of birth or postcode always
 * carries a digit, so every quoted stretch and every word holding a digit is replaced; file
 * paths (which name the LA's folders, never a child) and the code's own names are kept.
 */
public final class MaskedText {

    static final String MASK = "#";

    private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'|\"[^\"\\n]*\"|‘[^’\\n]*’|“[^”\\n]*”");
    private static final Pattern WORD = Pattern.compile("[^\\s,;:()\\[\\]{}<>=]+");

    private MaskedText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String unquoted = QUOTED.matcher(text).replaceAll("'" + MASK + "'");
        Matcher word = WORD.matcher(unquoted);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(out, Matcher.quoteReplacement(mask(word.group())));
        }
        word.appendTail(out);
        return out.toString();
    }

    private static String mask(String word) {
        boolean path = word.startsWith("/") || word.startsWith("\\") || word.matches("[A-Za-z]:\\\\.*");
        return path || word.chars().noneMatch(Character::isDigit) ? word : MASK;
    }
}
