package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every indicator the product computes, found by scanning {@value #BASE_PACKAGE} for classes carrying
 * {@link IndicatorDefinition}: adding an indicator means adding its class, and there is no list to keep
 * in step. Indicators are held in catalogue order (by section as in ../shared/reference/indicators.md,
 * then by number, then by suffix: REF-01, REF-01R, REF-02).
 */
public final class IndicatorCatalogue {

    public static final String BASE_PACKAGE = "uk.chatbatch.indicators";

    /**
     * Each id prefix's theme, in the catalogue's section order: the titles of ../shared/reference/indicators.md
     * section 3 (3.1 Contacts to 3.12 Special guardianship), with 3.13's cross-cutting measures split into data
     * quality and workforce.
     */
    private static final Map<String, String> THEMES = themes("CON", "Contacts", "EH", "Early help", "REF", "Referrals",
            "ASM", "Assessments", "S47", "Section 47 enquiries and ICPCs", "CIN", "Children in need",
            "CP", "Child protection", "CLA", "Children looked after", "CL", "Care leavers", "ADO", "Adoption",
            "ADR", "Adopters", "SGO", "Special guardianship", "DQ", "Data quality", "WF", "Workforce");

    /**
     * Id prefixes in the catalogue's section order. SGO, DQ and WF are the catalogue's sections 3.12 and
     * 3.13, after adopters.
     */
    public static final List<String> SECTIONS = List.copyOf(THEMES.keySet());

    /**
     * A section prefix, a two-digit number, an optional variant letter, and for a measure computed from a
     * return that Annex A also gives, the return: "ASM-02", "REF-01R", "CLA-01-903", "REF-02-CIN".
     */
    public static final Pattern ID_PATTERN =
            Pattern.compile("(" + String.join("|", SECTIONS) + ")-(\\d{2})([A-Z]?)(-903|-CIN)?");

    /** Catalogue order of ids; fails on an id that does not follow {@link #ID_PATTERN}. */
    public static final Comparator<String> ORDER = Comparator
            .<String>comparingInt(id -> SECTIONS.indexOf(parse(id).group(1)))
            .thenComparingInt(id -> Integer.parseInt(parse(id).group(2)))
            .thenComparing(id -> parse(id).group(3))
            .thenComparing(id -> parse(id).group(4) == null ? "" : parse(id).group(4));

    private final List<Indicator> indicators;

    private IndicatorCatalogue(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
    }

    /** The product's indicators: every class under {@value #BASE_PACKAGE} with an {@link IndicatorDefinition}. */
    public static IndicatorCatalogue discover() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(IndicatorDefinition.class));
        List<Indicator> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            found.add(instantiate(candidate.getBeanClassName()));
        }
        return of(found);
    }

    /**
     * A catalogue of the given indicators, checked and put in catalogue order.
     *
     * @throws IllegalStateException if two share an id or an id does not follow the catalogue's pattern
     */
    public static IndicatorCatalogue of(Collection<? extends Indicator> indicators) {
        Map<String, Indicator> byId = new HashMap<>();
        for (Indicator indicator : indicators) {
            String id = indicator.metadata().id();
            if (!ID_PATTERN.matcher(id).matches()) {
                throw new IllegalStateException("indicator id \"" + id + "\" on " + indicator.getClass().getName()
                        + " does not follow the catalogue pattern: a section (" + String.join(", ", SECTIONS)
                        + "), a hyphen, two digits, an optional capital letter and an optional -903 or -CIN, e.g."
                        + " ASM-02, REF-01R or CLA-01-903");
            }
            Indicator previous = byId.putIfAbsent(id, indicator);
            if (previous != null) {
                throw new IllegalStateException("indicator id " + id + " is used twice: by "
                        + previous.getClass().getName() + " and by " + indicator.getClass().getName());
            }
        }
        List<Indicator> ordered = new ArrayList<>(indicators);
        ordered.sort(Comparator.comparing(indicator -> indicator.metadata().id(), ORDER));
        return new IndicatorCatalogue(ordered);
    }

    /** The indicators, in catalogue order. */
    public List<Indicator> indicators() {
        return indicators;
    }

    /** Each indicator's definition, in catalogue order: what the definitions page and catalogue document print. */
    public List<IndicatorMetadata> definitions() {
        return indicators.stream().map(Indicator::metadata).toList();
    }

    public Optional<Indicator> find(String id) {
        return indicators.stream().filter(indicator -> indicator.metadata().id().equals(id)).findFirst();
    }

    private static Indicator instantiate(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, true, IndicatorCatalogue.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("indicator class " + className + " was found but cannot be loaded", e);
        }
        if (!Indicator.class.isAssignableFrom(type)) {
            throw new IllegalStateException(className + " carries @IndicatorDefinition but does not implement "
                    + Indicator.class.getName());
        }
        try {
            return (Indicator) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("indicator " + className
                    + " needs a public no-argument constructor so the catalogue can create it", e);
        }
    }

    /** The theme of a catalogue id, from its section prefix: "Referrals" for REF-02C-CIN, "Care leavers" for CL-03. */
    public static String theme(String id) {
        return THEMES.get(parse(id).group(1));
    }

    private static Map<String, String> themes(String... prefixAndTitle) {
        Map<String, String> themes = new LinkedHashMap<>();
        for (int i = 0; i < prefixAndTitle.length; i += 2) {
            themes.put(prefixAndTitle[i], prefixAndTitle[i + 1]);
        }
        return Collections.unmodifiableMap(themes);
    }

    private static Matcher parse(String id) {
        Matcher matcher = ID_PATTERN.matcher(id);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("\"" + id + "\" is not a catalogue indicator id");
        }
        return matcher;
    }
}
