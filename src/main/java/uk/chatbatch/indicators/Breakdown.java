package uk.chatbatch.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.annexa.Field;

/**
 * A way of splitting an indicator's records into named groups. Every value is always reported, in
 * this order, zero included, so a chart or a comparison across LAs never loses a category.
 *
 * @param name       as the indicator's {@link IndicatorDefinition#breakdowns()} names it, e.g. "gender"
 * @param values     every group, in the order reports show them
 * @param classifier the group of one record; must be one of {@code values}
 */
public record Breakdown(String name, List<String> values, Function<AnnexARecord, String> classifier) {

    public static final String MALE = "male";
    public static final String FEMALE = "female";
    public static final String OTHER_OR_UNKNOWN = "other or unknown";

    public Breakdown {
        values = List.copyOf(values);
    }

    /**
     * Male, female, and other or unknown (Not stated/recorded, Neither, or a blank or rejected
     * Gender), as the catalogue maps Annex A gender for reporting.
     */
    public static Breakdown gender() {
        return new Breakdown("gender", List.of(MALE, FEMALE, OTHER_OR_UNKNOWN), record -> {
            if (record.is(Field.GENDER, "Male")) {
                return MALE;
            }
            return record.is(Field.GENDER, "Female") ? FEMALE : OTHER_OR_UNKNOWN;
        });
    }

    /** The breakdowns an indicator computes, checked against those its definition declares. */
    static List<Breakdown> checkDeclared(IndicatorMetadata metadata, List<Breakdown> breakdowns) {
        List<String> names = breakdowns.stream().map(Breakdown::name).toList();
        if (!names.equals(metadata.breakdowns())) {
            throw new IllegalStateException(metadata.id() + " declares breakdowns " + metadata.breakdowns()
                    + " but computes " + names);
        }
        return breakdowns;
    }

    /** How many of the records fall in each group, every group present. */
    public Map<String, Long> tally(List<AnnexARecord> records) {
        Map<String, Long> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.put(v, 0L));
        for (AnnexARecord record : records) {
            String group = classifier.apply(record);
            if (!counts.containsKey(group)) {
                throw new IllegalStateException("breakdown " + name + " put a record in \"" + group
                        + "\", which is not one of " + values);
            }
            counts.merge(group, 1L, Long::sum);
        }
        return counts;
    }
}
