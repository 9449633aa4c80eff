package uk.chatbatch.indicators.ssda903;

import java.util.Collection;

/** Code tests that read a blank (null) value as no code; List.of and Set.of reject a null in contains. */
final class Codes {

    private Codes() {
    }

    static boolean oneOf(Collection<String> codes, String code) {
        return code != null && codes.contains(code);
    }
}
