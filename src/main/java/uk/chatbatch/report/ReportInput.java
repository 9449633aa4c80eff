package uk.chatbatch.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.chatbatch.input.InputData;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.annexa.IngestSummary;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.reconciliation.ReconciledMeasure;

/**
 * Everything the PDF report is drawn from.
 *
 * @param key                     the LA (DfE code, e.g. "999") and the period end T
 * @param laName                  LA name for the cover
 * @param generatedAt             when the report was made (cover and PDF metadata only)
 * @param ingest                  one summary per list read (file, sheet, rows read/clean/quarantined, issues)
 * @param issues                  every issue found (the report groups them by list and code)
 * @param indicators              this period's indicator results, in catalogue order
 * @param data                    the clean rows; the report uses it to know which lists were supplied or skipped
 * @param context                 period, working-day calendar, settings (for the glossary) and population
 * @param history                 the same LA's earlier periods, oldest first, at most {@value #HISTORY_PERIODS};
 *                                empty when there are none
 * @param benchmarks              England and regional values (normally {@link Benchmarks#bundled()})
 * @param region                  the LA's region as the benchmarks name it, when the job file gives one
 * @param populationByEthnicGroup the LA's children aged 0 to 17 by ethnic group (the catalogue's groups: White,
 *                                Mixed, ...), for the ethnicity tables; empty when not configured
 * @param reconciliation          each Annex A measure beside its SSDA903 or CIN census version, as the
 *                                reconciliation datasets hold it; empty when no measure is in both
 * @param variant                 internal or shareable
 * @param revision                1 for the first run of the LA and period, 2, 3, ... for a replacement
 *                                ({@code run --replace}), which the cover says
 * @param syntheticData           the inputs were declared synthetic for a real LA's code: the cover, the titles and
 *                                every page's footer say "synthetic data"
 */
public record ReportInput(LaPeriod key, String laName, ZonedDateTime generatedAt,
                          List<IngestSummary> ingest, List<Issue> issues, List<IndicatorResult> indicators,
                          InputData data, IndicatorContext context, List<PeriodResults> history,
                          Benchmarks benchmarks, Optional<String> region, Map<String, Long> populationByEthnicGroup,
                          List<ReconciledMeasure> reconciliation, ReportVariant variant, int revision,
                          boolean syntheticData) {

    /** The LA's DfE code, e.g. "999". */
    public String laCode() {
        return key.laCode();
    }

    /** The period end T. */
    public LocalDate periodEnd() {
        return key.periodEnd();
    }

    /** Whether the report is of a synthetic LA (a code from 990 to 999), which its cover and title say. */
    public boolean syntheticLa() {
        return uk.chatbatch.localauthorities.LocalAuthorities.isSynthetic(key.laCode());
    }

    /**
     * The LA as a report's title names it: "Sampleshire (synthetic LA)" for a synthetic one, "Camden (synthetic
     * data)" for a real LA's code with synthetic inputs, else its name.
     */
    public String laTitle() {
        return realCodeSyntheticData() ? laName + " (synthetic data)" : titled(laName, syntheticLa());
    }

    /** A real LA's code with inputs declared synthetic: "synthetic data" (a code 990 to 999 says "synthetic LA"). */
    private boolean realCodeSyntheticData() {
        return syntheticData && !syntheticLa();
    }

    /**
     * The LA with its code, as the cover ({@code laWord}: "Camden (LA 202)") and every page's footer ("Camden (202)")
     * name it: "Sampleshire (synthetic LA 999)" for a synthetic LA, "Camden (LA 202, synthetic data)" for a real LA's
     * code with synthetic inputs.
     */
    public String laWithCode(boolean laWord) {
        String code = syntheticLa() ? "synthetic LA " + laCode() : (laWord ? "LA " : "") + laCode();
        return laName + " (" + code + (realCodeSyntheticData() ? ", synthetic data" : "") + ")";
    }

    /** Says "synthetic LA" once: a name that already says it is synthetic ("Northby (synthetic)") is not told twice. */
    static String titled(String name, boolean synthetic) {
        if (!synthetic) {
            return name;
        }
        if (name.endsWith("(synthetic)")) {
            return name.substring(0, name.length() - "(synthetic)".length()) + "(synthetic LA)";
        }
        return name.toLowerCase(java.util.Locale.ROOT).contains("synthetic") ? name : name + " (synthetic LA)";
    }

    /** Trend lines show at most this many earlier periods, plus this one. */
    public static final int HISTORY_PERIODS = 12;

    public ReportInput {
        ingest = List.copyOf(ingest);
        issues = List.copyOf(issues);
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(key, "key");
        history = lastPeriodsBefore(history, key.periodEnd());
        populationByEthnicGroup = Map.copyOf(populationByEthnicGroup);
        reconciliation = List.copyOf(reconciliation);
        if (context == null) {
            context = IndicatorContext.forPeriodEnd(key.periodEnd());
        }
        if (variant == null) {
            throw new IllegalArgumentException("a report needs its variant (internal or shareable)");
        }
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more: " + revision);
        }
    }

    /** The first revision of a report. */
    public ReportInput(LaPeriod key, String laName, ZonedDateTime generatedAt,
                       List<IngestSummary> ingest, List<Issue> issues, List<IndicatorResult> indicators,
                       InputData data, IndicatorContext context, List<PeriodResults> history,
                       Benchmarks benchmarks, Optional<String> region, Map<String, Long> populationByEthnicGroup,
                       List<ReconciledMeasure> reconciliation, ReportVariant variant) {
        this(key, laName, generatedAt, ingest, issues, indicators, data, context, history, benchmarks,
                region, populationByEthnicGroup, reconciliation, variant, 1, false);
    }

    /** A report with no measures reconciled with the returns. */
    public ReportInput(LaPeriod key, String laName, ZonedDateTime generatedAt,
                       List<IngestSummary> ingest, List<Issue> issues, List<IndicatorResult> indicators,
                       InputData data, IndicatorContext context, List<PeriodResults> history,
                       Benchmarks benchmarks, Optional<String> region, Map<String, Long> populationByEthnicGroup,
                       ReportVariant variant) {
        this(key, laName, generatedAt, ingest, issues, indicators, data, context, history, benchmarks,
                region, populationByEthnicGroup, List.of(), variant);
    }

    /**
     * A report with no history, the bundled benchmarks, no region and no population by ethnic group: what a
     * first run knows.
     */
    public ReportInput(LaPeriod key, String laName, ZonedDateTime generatedAt,
                       List<IngestSummary> ingest, List<Issue> issues, List<IndicatorResult> indicators,
                       InputData data, IndicatorContext context, ReportVariant variant) {
        this(key, laName, generatedAt, ingest, issues, indicators, data, context, List.of(),
                Benchmarks.bundled(), Optional.empty(), Map.of(), variant);
    }

    /** The same report in the other variant: both are drawn from one run. */
    public ReportInput withVariant(ReportVariant other) {
        return new ReportInput(key, laName, generatedAt, ingest, issues, indicators, data, context,
                history, benchmarks, region, populationByEthnicGroup, reconciliation, other, revision, syntheticData);
    }

    public ReportInput withHistory(List<PeriodResults> earlier) {
        return new ReportInput(key, laName, generatedAt, ingest, issues, indicators, data, context,
                earlier, benchmarks, region, populationByEthnicGroup, reconciliation, variant, revision, syntheticData);
    }

    public ReportInput withReconciliation(List<ReconciledMeasure> measures) {
        return new ReportInput(key, laName, generatedAt, ingest, issues, indicators, data, context,
                history, benchmarks, region, populationByEthnicGroup, measures, variant, revision, syntheticData);
    }

    /** The same report as the given revision of its LA and period. */
    public ReportInput withRevision(int number) {
        return new ReportInput(key, laName, generatedAt, ingest, issues, indicators, data, context,
                history, benchmarks, region, populationByEthnicGroup, reconciliation, variant, number, syntheticData);
    }

    /** The same report of inputs declared synthetic (for a real LA's code), or not. */
    public ReportInput withSyntheticData(boolean synthetic) {
        return new ReportInput(key, laName, generatedAt, ingest, issues, indicators, data, context,
                history, benchmarks, region, populationByEthnicGroup, reconciliation, variant, revision, synthetic);
    }

    /** Earlier periods only, oldest first, the latest {@value #HISTORY_PERIODS}; one per period end. */
    private static List<PeriodResults> lastPeriodsBefore(List<PeriodResults> history, LocalDate periodEnd) {
        List<PeriodResults> earlier = new ArrayList<>();
        for (PeriodResults p : history) {
            if (p.periodEnd().isBefore(periodEnd)
                    && earlier.stream().noneMatch(e -> e.periodEnd().equals(p.periodEnd()))) {
                earlier.add(p);
            }
        }
        earlier.sort(Comparator.comparing(PeriodResults::periodEnd));
        return List.copyOf(earlier.subList(Math.max(0, earlier.size() - HISTORY_PERIODS), earlier.size()));
    }
}
