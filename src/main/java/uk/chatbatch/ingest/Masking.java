package uk.chatbatch.ingest;

/**
 * Masks values that identify a child (identifiers, dates of birth, postcodes) before they are
 * written to the issues dataset, logs or messages. Quarantine, an internal output, keeps raw values.
 */
public final class Masking {

    private Masking() {
    }

    /** The value as found, or masked where its field identifies a child; each source says which of its fields do. */
    public static String shown(boolean identifiesChild, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        return identifiesChild ? mask(raw) : raw;
    }

    public static String mask(String raw) {
        return "[masked, " + raw.length() + " characters]";
    }
}
