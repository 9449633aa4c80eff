package uk.chatbatch.returns;

/**
 * How an LA code found in a return is compared with the job's. One function, so that other spellings of the same
 * LA (an ONS code, say) can be accepted in one place.
 */
public final class LaCodes {

    private LaCodes() {
    }

    /** Whether the code found names the job's LA: the same DfE code, spaces and leading zeros aside ("0201" is 201). */
    public static boolean same(String found, String expected) {
        return normalised(found).equalsIgnoreCase(normalised(expected));
    }

    private static String normalised(String code) {
        String s = code == null ? "" : code.strip();
        if (s.chars().allMatch(Character::isDigit) && !s.isEmpty()) {
            return String.valueOf(Integer.parseInt(s.length() > 9 ? s.substring(s.length() - 9) : s));
        }
        return s;
    }
}
