package uk.chatbatch.ingest.read;

/**
 * A cell as the file holds it, before any interpretation. Numbers keep their raw text ("44090",
 * "6.1382614647501708") so nothing is lost to floating point; CSV cells are always TEXT.
 */
public record RawCell(Kind kind, String text) {

    public static final RawCell EMPTY = new RawCell(Kind.EMPTY, "");

    public enum Kind { EMPTY, TEXT, NUMBER, BOOLEAN, ERROR }

    public static RawCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new RawCell(Kind.TEXT, text);
    }

    public static RawCell number(String raw) {
        return new RawCell(Kind.NUMBER, raw);
    }

    /** Blank, or only whitespace (including non-breaking spaces). */
    public boolean isBlank() {
        if (kind == Kind.EMPTY) {
            return true;
        }
        // Most cells start with a visible ASCII character, which settles it without a scan.
        if (!text.isEmpty() && text.charAt(0) > ' ' && text.charAt(0) < '\u007F') {
            return false;
        }
        return text.replace('\u00A0', ' ').isBlank();
    }
}
