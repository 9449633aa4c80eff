package uk.chatbatch.annexa;

/** Whitespace clean-up shared by every reader: non-breaking spaces become spaces, runs collapse. */
public final class Text {

    private Text() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Excel error values (#N/A, #REF!, ...) say a formula failed; they are never data. */
    public static boolean isExcelError(String cleaned) {
        return cleaned.startsWith("#") && (cleaned.equals("#N/A") || cleaned.equals("#REF!")
                || cleaned.equals("#VALUE!") || cleaned.equals("#DIV/0!") || cleaned.equals("#NAME?")
                || cleaned.equals("#NULL!") || cleaned.equals("#NUM!") || cleaned.equals("#SPILL!")
                || cleaned.equals("#CALC!"));
    }
}
