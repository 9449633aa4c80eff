package uk.chatbatch.model;

/** Whitespace clean-up shared by every reader: non-breaking spaces become spaces, runs collapse. */
public final class Text {

    private Text() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        if (isClean(raw)) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Most cells need no work: no leading, trailing, doubled or unusual spaces. */
    private static boolean isClean(String s) {
        if (s.isEmpty()) {
            return true;
        }
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u007F') {
                continue; // visible ASCII, never a space: the common case, decided without the Unicode tables
            }
            if (isSpace(c) && (c != ' ' || isSpace(s.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Excel error values (#N/A, #REF!, ...) say a formula failed; they are never data. */
    public static boolean isExcelError(String cleaned) {
        return cleaned.startsWith("#") && (cleaned.equals("#N/A") || cleaned.equals("#REF!")
                || cleaned.equals("#VALUE!") || cleaned.equals("#DIV/0!") || cleaned.equals("#NAME?")
                || cleaned.equals("#NULL!") || cleaned.equals("#NUM!") || cleaned.equals("#SPILL!")
                || cleaned.equals("#CALC!"));
    }
}
