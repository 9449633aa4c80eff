package uk.chatbatch.output;

import java.util.Locale;

/** Who may see a dataset: the LA only ({@code output/parquet}), or anyone it shares with ({@code output/shareable}). */
public enum Classification {
    INTERNAL,
    SHAREABLE;

    /** The word written in footers and the README. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
