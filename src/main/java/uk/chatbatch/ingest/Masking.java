package uk.chatbatch.ingest;

import uk.chatbatch.annexa.Field;

/**
 * Masks values that identify a child (identifiers, dates of birth, postcodes) before they are
 * written to the issues dataset, logs or messages. Quarantine, an internal output, keeps raw values.
 */
public final class Masking {

    private Masking() {
    }

    public static String shown(Field field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        return field.identifiesChild() ? mask(raw) : raw;
    }

    public static String mask(String raw) {
        return "[masked, " + raw.length() + " characters]";
    }
}
