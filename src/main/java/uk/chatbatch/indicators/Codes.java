package uk.chatbatch.indicators;

import java.util.Collection;

/** Code tests that read a blank (null) value as no code; List.of and Set.of reject a null in contains. */
public final class Codes {

    private Codes() {
    }

    public static boolean oneOf(Collection<String> codes, String code) {
        return code != null && codes.contains(code);
    }
}
