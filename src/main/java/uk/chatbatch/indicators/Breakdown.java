package uk.chatbatch.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import uk.chatbatch.model.table.AnnexACodeList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.model.table.TableRecord;

/**
 * A way of splitting what an indicator counts (Annex A records, a return's children, periods of care, census
 * rows: any type T) into named groups. Every value is always reported, in
 * this order, zero included, so a chart or a comparison across LAs never loses a category.
 *
 * @param name       as the indicator's {@link IndicatorDefinition#breakdowns()} names it, e.g. "gender"
 * @param values     every group, in the order reports show them
 * @param classifier the group of one record; must be one of {@code values}
 */
public record Breakdown<T>(String name, List<String> values, Function<T, String> classifier) {

    public static final String UNKNOWN = "unknown";
    /** For team and worker breakdowns: a blank or rejected Allocated Team or Worker. */
    public static final String UNALLOCATED = "unallocated";
    public static final String MALE = "male";
    public static final String FEMALE = "female";
    public static final String OTHER_OR_UNKNOWN = "other or unknown";
    /** The groups of {@link #sourceGroup}, in the catalogue's order. */
    public static final List<String> SOURCE_GROUPS = List.of("individual", "schools", "education services",
            "health services", "housing", "LA services", "police", "other legal agency", "other", "anonymous", UNKNOWN);

    public Breakdown {
        values = values == null ? null : List.copyOf(values);
    }

    /**
     * A breakdown whose groups come from the data (teams, workers): every group found, sorted by name,
     * with {@link #UNALLOCATED} last when present.
     */
    public static <T> Breakdown<T> discovered(String name, Function<T, String> classifier) {
        return new Breakdown<>(name, null, classifier);
    }

    public static Breakdown<TableRecord> team() {
        return discovered("team", r -> orElse(r.text(Field.ALLOCATED_TEAM), UNALLOCATED));
    }

    public static Breakdown<TableRecord> worker() {
        return discovered("worker", r -> orElse(r.text(Field.ALLOCATED_WORKER), UNALLOCATED));
    }

    /** DfE age bands at a reference date: from the date of birth, else the supplied age, else unknown. */
    public static Breakdown<TableRecord> ageBand(Function<TableRecord, LocalDate> referenceDate) {
        return new Breakdown<>("age band", AgeBands.BANDS, r -> AgeBands.band(AgeBands.age(r, referenceDate.apply(r))));
    }

    /** Single year of age at a reference date (0 to 25, then "26 and over"), else unknown. */
    public static Breakdown<TableRecord> singleYearOfAge(Function<TableRecord, LocalDate> referenceDate) {
        List<String> years = new ArrayList<>();
        for (int y = 0; y <= 25; y++) {
            years.add(Integer.toString(y));
        }
        years.add("26 and over");
        years.add(UNKNOWN);
        return new Breakdown<>("age", years, r -> {
            Integer age = AgeBands.age(r, referenceDate.apply(r));
            return age == null || age < 0 ? UNKNOWN : age > 25 ? "26 and over" : Integer.toString(age);
        });
    }

    /** Ethnic group as the catalogue groups the DfE codes (White, Mixed, Asian, Black, Other, Refused or not obtained). */
    public static Breakdown<TableRecord> ethnicGroup() {
        return new Breakdown<>("ethnic group", EthnicGroups.GROUPS, r -> EthnicGroups.group(r.text(Field.ETHNICITY)));
    }

    /** Ethnicity by DfE code, then unknown for blank or rejected values. */
    public static Breakdown<TableRecord> ethnicity() {
        List<String> codes = new ArrayList<>(AnnexACodeList.ETHNICITY.codes());
        codes.add(UNKNOWN);
        return new Breakdown<>("ethnicity", codes, r -> orElse(r.text(Field.ETHNICITY), UNKNOWN));
    }

    /** Disability: yes, no, unknown (which includes blank). */
    public static Breakdown<TableRecord> disability(Field field) {
        return new Breakdown<>("disability", List.of("yes", "no", UNKNOWN), r ->
                r.is(field, "Yes") ? "yes" : r.is(field, "No") ? "no" : UNKNOWN);
    }

    /** Every code of a list in order, then unknown for a blank code or one not in the list; for any T. */
    public static <T> Breakdown<T> codes(String name, List<String> codes, Function<T, String> code) {
        List<String> groups = new ArrayList<>(codes);
        groups.add(UNKNOWN);
        return new Breakdown<>(name, groups, item -> {
            String c = code.apply(item);
            return c != null && codes.contains(c) ? c : UNKNOWN;
        });
    }

    /** Every code of a coded field, then unknown for blank or rejected values. */
    public static Breakdown<TableRecord> code(String name, Field field) {
        List<String> codes = new ArrayList<>(field.codeList().orElseThrow().codes());
        codes.add(UNKNOWN);
        return new Breakdown<>(name, codes, r -> orElse(r.text(field), UNKNOWN));
    }

    /**
     * Calendar month of a date within the window, as "2026-04"; the window's first month is usually
     * partial, which the report says. Dates outside the window are "outside window".
     */
    public static Breakdown<TableRecord> month(Field field, ReportingPeriod period) {
        List<String> months = new ArrayList<>();
        for (LocalDate m = period.windowFirstDay().withDayOfMonth(1); !m.isAfter(period.periodEnd());
             m = m.plusMonths(1)) {
            months.add(monthKey(m));
        }
        months.add("outside window");
        return new Breakdown<>("month", months, r -> {
            LocalDate d = r.date(field);
            return d != null && period.inWindow(d) ? monthKey(d) : "outside window";
        });
    }

    /**
     * Contact or referral source grouped as the catalogue groups it: individual (1A to 1D), schools (2A),
     * education services (2B), health services (3A to 3F), housing (4), LA services (5A to 5D), police (6),
     * other legal agency (7), other (8), anonymous (9), and unknown: code 10 (source unknown) together with a
     * blank or rejected source.
     */
    public static Breakdown<TableRecord> sourceGroup(Field field) {
        return new Breakdown<>("source group", SOURCE_GROUPS, r -> sourceGroup(r.text(field)));
    }

    static String sourceGroup(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        switch (code) {
            case "1A": case "1B": case "1C": case "1D":
                return "individual";
            case "2A":
                return "schools";
            case "2B":
                return "education services";
            case "3A": case "3B": case "3C": case "3D": case "3E": case "3F":
                return "health services";
            case "4":
                return "housing";
            case "5A": case "5B": case "5C": case "5D":
                return "LA services";
            case "6":
                return "police";
            case "7":
                return "other legal agency";
            case "8":
                return "other";
            case "9":
                return "anonymous";
            default:
                return UNKNOWN;
        }
    }

    /**
     * Single year of age crossed with gender, for ChAT's age/sex pyramid (PYR): values "0 / male",
     * "0 / female", "0 / other or unknown", "1 / male", ... up to "unknown / other or unknown", each age
     * and gender as {@link #singleYearOfAge} and {@link #gender} give them.
     */
    public static Breakdown<TableRecord> ageAndGender(Function<TableRecord, LocalDate> referenceDate) {
        Breakdown<TableRecord> age = singleYearOfAge(referenceDate);
        Breakdown<TableRecord> gender = gender();
        List<String> values = new ArrayList<>();
        for (String a : age.values()) {
            for (String g : gender.values()) {
                values.add(a + " / " + g);
            }
        }
        return new Breakdown<>("age and gender", values,
                r -> age.classifier().apply(r) + " / " + gender.classifier().apply(r));
    }

    /**
     * Calendar month of a date from firstDay to lastDay inclusive, as "2026-04", under a name of the caller's
     * choosing: for windows other than the six months, such as the 12 months of Lists 10 and 11, and for
     * indicators that break two dates down by month. Dates outside are "outside window".
     */
    public static Breakdown<TableRecord> month(String name, Field field, LocalDate firstDay, LocalDate lastDay) {
        List<String> months = new ArrayList<>();
        for (LocalDate m = firstDay.withDayOfMonth(1); !m.isAfter(lastDay); m = m.plusMonths(1)) {
            months.add(monthKey(m));
        }
        months.add("outside window");
        return new Breakdown<>(name, months, r -> {
            LocalDate d = r.date(field);
            return d != null && !d.isBefore(firstDay) && !d.isAfter(lastDay) ? monthKey(d) : "outside window";
        });
    }

    /** Bands of a whole-number measure such as working days: each band is "label" for lower..upper inclusive. */
    public static <T> Breakdown<T> bands(String name, List<Band> bands, Function<T, Integer> measure) {
        List<String> labels = new ArrayList<>(bands.stream().map(Band::label).toList());
        labels.add(UNKNOWN);
        return new Breakdown<>(name, labels, r -> {
            Integer v = measure.apply(r);
            if (v == null) {
                return UNKNOWN;
            }
            for (Band band : bands) {
                if (v >= band.lower() && v <= band.upper()) {
                    return band.label();
                }
            }
            return UNKNOWN;
        });
    }

    /** A band from lower to upper inclusive; use Integer.MAX_VALUE for an open top band. */
    public record Band(String label, int lower, int upper) {
    }

    /**
     * Duration from a start to an end date in the {@link BandSet#DURATION_MONTHS} bands. Each band includes its lower
     * bound: a duration reaches n months on the day n calendar months after the start (start plus n months,
     * end-of-month clamped, so 31 March reaches 3 months on 30 June). Exactly 3 months is "3 to 6 months",
     * exactly 2 years "2 years or more". A missing date, or an end before the start, is unknown.
     */
    public static Breakdown<TableRecord> duration(Function<TableRecord, LocalDate> start, Function<TableRecord, LocalDate> end) {
        return bands("duration", BandSet.DURATION_MONTHS.bands(),
                r -> completedMonths(start.apply(r), end.apply(r)));
    }

    /** Whole calendar months from start to end (the largest n with start plus n months on or before end), or null. */
    public static Integer completedMonths(LocalDate start, LocalDate end) {
        if (start == null || end == null || end.isBefore(start)) {
            return null;
        }
        long months = java.time.Period.between(start, end).toTotalMonths();
        // Period counts 31 March to 30 June as 2 months 30 days; plusMonths clamps and reaches 3 months.
        while (!start.plusMonths(months + 1).isAfter(end)) {
            months++;
        }
        return (int) months;
    }

    private static String monthKey(LocalDate d) {
        int month = d.getMonthValue();
        return d.getYear() + (month < 10 ? "-0" : "-") + month;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Male, female, and other or unknown (Not stated/recorded, Neither, or a blank or rejected
     * Gender), as the catalogue maps Annex A gender for reporting.
     */
    public static Breakdown<TableRecord> gender() {
        return new Breakdown<>("gender", List.of(MALE, FEMALE, OTHER_OR_UNKNOWN), record -> {
            if (record.is(Field.GENDER, "Male")) {
                return MALE;
            }
            return record.is(Field.GENDER, "Female") ? FEMALE : OTHER_OR_UNKNOWN;
        });
    }

    /**
     * The breakdowns as the indicator's definition declares them ({@link IndicatorDefinition#breakdowns()}), in its
     * order: for each declared name, the breakdown the indicator computes under that name, else the one the name
     * alone defines ({@code byNameAlone}), so such a breakdown is written once, in the annotation. Fails when a
     * declared breakdown is neither, or a computed one is not declared.
     */
    public static <T> List<Breakdown<T>> asDeclared(IndicatorMetadata metadata, List<Breakdown<T>> computed,
                                                    Function<String, Optional<Breakdown<T>>> byNameAlone) {
        Map<String, Breakdown<T>> byName = new LinkedHashMap<>();
        computed.forEach(b -> byName.merge(b.name(), b, (a, twice) -> {
            throw new IllegalStateException(metadata.id() + " computes breakdown \"" + b.name() + "\" twice");
        }));
        List<Breakdown<T>> declared = new ArrayList<>();
        for (String name : metadata.breakdowns()) {
            Breakdown<T> given = byName.remove(name);
            declared.add(given != null ? given : byNameAlone.apply(name).orElseThrow(() -> new IllegalStateException(
                    metadata.id() + " declares breakdown \"" + name + "\" but does not compute it")));
        }
        if (!byName.isEmpty()) {
            throw new IllegalStateException(metadata.id() + " computes breakdowns " + byName.keySet()
                    + " its definition does not declare");
        }
        return declared;
    }

    /** As {@link #asDeclared(IndicatorMetadata, List, Function)}, where no name alone defines a breakdown. */
    public static <T> List<Breakdown<T>> asDeclared(IndicatorMetadata metadata, List<Breakdown<T>> computed) {
        return asDeclared(metadata, computed, name -> Optional.empty());
    }

    /**
     * The Annex A breakdowns a declared name alone defines, which an indicator over Annex A records does not write
     * in its code: team and worker (Allocated Team and Worker), gender, ethnic group and ethnicity.
     */
    public static Optional<Breakdown<TableRecord>> annexAByName(String name) {
        return switch (name) {
            case "team" -> Optional.of(team());
            case "worker" -> Optional.of(worker());
            case "gender" -> Optional.of(gender());
            case "ethnic group" -> Optional.of(ethnicGroup());
            case "ethnicity" -> Optional.of(ethnicity());
            default -> Optional.empty();
        };
    }

    /** How many of the records fall in each group, every group present. */
    public Map<String, Long> tally(List<? extends T> records) {
        if (values == null) {
            return tallyDiscovered(records);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.put(v, 0L));
        for (T record : records) {
            String group = classifier.apply(record);
            if (!counts.containsKey(group)) {
                throw new IllegalStateException("breakdown " + name + " put a record in \"" + group
                        + "\", which is not one of " + values);
            }
            counts.merge(group, 1L, Long::sum);
        }
        return counts;
    }

    /** Groups found in the records (and in those of a wider population, for percentages: see {@link #withGroupsOf}). */
    private Map<String, Long> tallyDiscovered(List<? extends T> records) {
        TreeSet<String> found = new TreeSet<>();
        for (T record : records) {
            found.add(classifier.apply(record));
        }
        boolean unallocated = found.remove(UNALLOCATED);
        List<String> order = new ArrayList<>(found);
        if (unallocated) {
            order.add(UNALLOCATED);
        }
        return new Breakdown<>(name, order, classifier).tally(records);
    }

    /** This breakdown with its groups fixed to those found in the given records (so a numerator keeps zeros). */
    public Breakdown<T> withGroupsOf(List<? extends T> records) {
        if (values != null) {
            return this;
        }
        return new Breakdown<>(name, List.copyOf(tallyDiscovered(records).keySet()), classifier);
    }
}
