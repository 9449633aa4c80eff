package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ssda903.Ssda903Table;

/** The {@link IndicatorDefinition} of an indicator class as a value. */
public record IndicatorMetadata(String id, String title, String definition, String numerator, String denominator,
                                String window, AnnexAList source, List<AnnexAList> alsoUses, List<Field> fields,
                                Unit unit, Polarity polarity, ChartType chart, List<String> breakdowns,
                                List<IndicatorSetting> settings, List<String> returnTables, List<String> returnFields,
                                boolean headline, List<DeclaredBreakdown> declaredBreakdowns, PopulationRule population,
                                String since, String until, String twin) {

    public IndicatorMetadata {
        breakdowns = List.copyOf(breakdowns);
        declaredBreakdowns = List.copyOf(declaredBreakdowns);
        if (!declaredBreakdowns.stream().map(DeclaredBreakdown::name).toList().equals(breakdowns)) {
            throw new IllegalArgumentException(id + ": declared breakdowns " + declaredBreakdowns
                    + " do not match the names " + breakdowns);
        }
    }

    /**
     * Metadata built without the annotation (test fixtures, a report's filled-in wording): breakdowns known by name
     * only, typed as {@link BreakdownKind#ofConventionalName} says; no declared population, years or twin.
     */
    public IndicatorMetadata(String id, String title, String definition, String numerator, String denominator,
                             String window, AnnexAList source, List<AnnexAList> alsoUses, List<Field> fields,
                             Unit unit, Polarity polarity, ChartType chart, List<String> breakdowns,
                             List<IndicatorSetting> settings, List<String> returnTables, List<String> returnFields,
                             boolean headline) {
        this(id, title, definition, numerator, denominator, window, source, alsoUses, fields, unit, polarity, chart,
                breakdowns, settings, returnTables, returnFields, headline,
                breakdowns.stream().map(DeclaredBreakdown::named).toList(), PopulationRule.AS_DEFINED, "", "", "");
    }

    /** Not a headline measure (see {@link IndicatorDefinition#headline()}). */
    public IndicatorMetadata(String id, String title, String definition, String numerator, String denominator,
                             String window, AnnexAList source, List<AnnexAList> alsoUses, List<Field> fields,
                             Unit unit, Polarity polarity, ChartType chart, List<String> breakdowns,
                             List<IndicatorSetting> settings, List<String> returnTables, List<String> returnFields) {
        this(id, title, definition, numerator, denominator, window, source, alsoUses, fields, unit, polarity, chart,
                breakdowns, settings, returnTables, returnFields, false);
    }

    /** An indicator over Annex A alone. */
    public IndicatorMetadata(String id, String title, String definition, String numerator, String denominator,
                             String window, AnnexAList source, List<AnnexAList> alsoUses, List<Field> fields,
                             Unit unit, Polarity polarity, ChartType chart, List<String> breakdowns,
                             List<IndicatorSetting> settings) {
        this(id, title, definition, numerator, denominator, window, source, alsoUses, fields, unit, polarity, chart,
                breakdowns, settings, List.of(), List.of());
    }

    /** The Annex A lists it reads: the source list first, then any others it links to; none for the returns. */
    public List<AnnexAList> lists() {
        List<AnnexAList> all = new ArrayList<>();
        if (source != null) {
            all.add(source);
        }
        all.addAll(alsoUses);
        return all;
    }

    /** Whether it is computed from the SSDA903 or CIN census return rather than Annex A. */
    public boolean fromReturns() {
        return source == null && !returnTables.isEmpty();
    }

    /** "List 3 (Referrals)", or the return tables, e.g. "SSDA903 episodes; SSDA903 header". */
    public String sourceLabel() {
        if (source != null) {
            return source.label();
        }
        return String.join("; ", returnTables);
    }

    /** "List 8 (Children in care), List 6 (Children in need)", or the return tables: what the catalogue names as sources. */
    public String sourceListsLabel() {
        if (fromReturns()) {
            return sourceLabel();
        }
        return lists().stream().map(AnnexAList::label).collect(Collectors.joining(", "));
    }

    /** The fields it reads, as the template or the return names them, joined by "; ". */
    public String sourceFieldsLabel() {
        if (fromReturns()) {
            return String.join("; ", returnFields);
        }
        return fields.stream().map(Field::header).collect(Collectors.joining("; "));
    }

    /** Read once per class: an indicator asks for its metadata many times a run. */
    private static final ClassValue<IndicatorMetadata> DECLARED = new ClassValue<>() {
        @Override
        protected IndicatorMetadata computeValue(Class<?> indicatorClass) {
            return read(indicatorClass);
        }
    };

    public static IndicatorMetadata of(Class<?> indicatorClass) {
        return DECLARED.get(indicatorClass);
    }

    private static IndicatorMetadata read(Class<?> indicatorClass) {
        IndicatorDefinition d = indicatorClass.getAnnotation(IndicatorDefinition.class);
        if (d == null) {
            throw new IllegalArgumentException(indicatorClass.getName() + " has no @IndicatorDefinition");
        }
        if (d.source().length > 1) {
            throw new IllegalArgumentException(indicatorClass.getName() + " names more than one source list;"
                    + " name one, and the others in alsoUses");
        }
        List<String> tables = new ArrayList<>();
        for (Ssda903Table t : d.ssda903()) {
            tables.add("SSDA903 " + t.title());
        }
        for (Ssda903Table t : d.ssda903IfSupplied()) {
            tables.add("SSDA903 " + t.title());
        }
        for (CinTable t : d.cin()) {
            tables.add(t.label().startsWith("CIN ") ? "CIN census " + t.label().substring(4) : "CIN census " + t.label());
        }
        List<DeclaredBreakdown> declared = Stream.of(d.breakdowns()).map(DeclaredBreakdown::of).toList();
        return new IndicatorMetadata(d.id(), d.title(), d.definition(), d.numerator(), d.denominator(), d.window(),
                d.source().length == 1 ? d.source()[0] : null, List.of(d.alsoUses()), List.of(d.fields()), d.unit(),
                d.polarity(), d.chart(), declared.stream().map(DeclaredBreakdown::name).toList(),
                List.of(d.settings()), List.copyOf(tables), List.of(d.returnFields()), d.headline(), declared,
                d.population(), d.since(), d.until(), d.twin());
    }

    /** The same metadata with its wording replaced (the report fills a setting's value into the text). */
    public IndicatorMetadata withWording(String newDefinition, String newNumerator, String newDenominator,
                                         String newWindow) {
        return new IndicatorMetadata(id, title, newDefinition, newNumerator, newDenominator, newWindow, source,
                alsoUses, fields, unit, polarity, chart, breakdowns, settings, returnTables, returnFields, headline,
                declaredBreakdowns, population, since, until, twin);
    }

    /** The declared breakdown of that name, if the indicator has one. */
    public Optional<DeclaredBreakdown> declaredBreakdown(String name) {
        return declaredBreakdowns.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** Whether the breakdown of that name names staff (team, worker): the shareable variant leaves it out. */
    public boolean namesStaff(String breakdown) {
        return declaredBreakdown(breakdown).map(DeclaredBreakdown::namesStaff).orElse(false);
    }

    /** Whether it reads SSDA903 tables. */
    public boolean needsSsda903() {
        return returnTables.stream().anyMatch(t -> t.startsWith("SSDA903"));
    }

    /** Whether it reads CIN census tables. */
    public boolean needsCinCensus() {
        return returnTables.stream().anyMatch(t -> t.startsWith("CIN census"));
    }
}
