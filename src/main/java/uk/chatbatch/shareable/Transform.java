package uk.chatbatch.shareable;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.chatbatch.model.ColumnType;

/**
 * A named privacy transform a child-level shareable table declares for one column (see {@link ChildLevelColumns}).
 * Each maps an internal value to what may be shared, or throws {@link TransformFailedException} for a value it
 * cannot handle (a value of the wrong type), which withholds the whole table: the step fails closed.
 */
public enum Transform {
    /** The value as it is: codes, event dates, counts. */
    KEEP("keep") {
        @Override
        Object apply(Object value, Pseudonymiser key) {
            return value;
        }
    },
    /** The column is not written at all: free text, worker and team names, where a row came from. */
    DROP("drop") {
        @Override
        Object apply(Object value, Pseudonymiser key) {
            throw new IllegalStateException("a dropped column has no values");
        }
    },
    /** An identifier replaced by its HMAC-SHA256 under the LA's key, as 64 lower-case hex digits. */
    HMAC_SHA256("hmac_sha256") {
        @Override
        Object apply(Object value, Pseudonymiser key) {
            return value == null ? null : key.pseudonym(expect(value, String.class));
        }

        @Override
        ColumnType output(ColumnType input) {
            return ColumnType.STRING;
        }
    },
    /** A date moved to the first day of its month (dates of birth). */
    FIRST_OF_MONTH("first_of_month") {
        @Override
        Object apply(Object value, Pseudonymiser key) {
            return value == null ? null : expect(value, LocalDate.class).withDayOfMonth(1);
        }
    },
    /**
     * A postcode cut to its district, the outward code ("SW1A 1AA" to "SW1A"); case and spaces ignored. A value
     * that is not a UK postcode (nor already an outward code) becomes empty: what cannot be degraded is not shared.
     */
    POSTCODE_DISTRICT("postcode_district") {
        @Override
        Object apply(Object value, Pseudonymiser key) {
            return value == null ? null : district(expect(value, String.class)).orElse(null);
        }
    };

    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})?");

    private final String label;

    Transform(String label) {
        this.label = label;
    }

    /** The name a declaration uses, e.g. "hmac_sha256". */
    public String label() {
        return label;
    }

    abstract Object apply(Object value, Pseudonymiser key);

    /** The column type written for a column of {@code input} type. */
    ColumnType output(ColumnType input) {
        return input;
    }

    /** The outward code of a UK postcode, or of an outward code given alone; empty for anything else. */
    public static Optional<String> district(String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher m = POSTCODE.matcher(compact);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static Transform byLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no transform named '" + label + "'"));
    }

    private static <T> T expect(Object value, Class<T> type) {
        if (!type.isInstance(value)) {
            throw new TransformFailedException("expected a " + type.getSimpleName() + ", found a "
                    + value.getClass().getSimpleName());
        }
        return type.cast(value);
    }
}
