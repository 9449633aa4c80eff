package uk.chatbatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.annexa.IngestSummary;

/**
 * What one period's figures rest on, so a trend can mark a period whose basis changed: each indicator's settings as
 * the indicators dataset describes them, and the inputs read (each Annex A list, and each return table without its
 * collection year, with its status when it was not read). Unknown for results given without it, and then no period
 * is marked.
 *
 * @param settings indicator id to its settings in words ("within 10 working days"), as the dataset records them
 * @param inputs   "List 3 (Referrals)", "SSDA903 Episodes", "List 10 (Adoption) (not supplied)"
 */
public record PeriodBasis(boolean known, Map<String, String> settings, Set<String> inputs) {

    public static final PeriodBasis UNKNOWN = new PeriodBasis(false, Map.of(), Set.of());

    public PeriodBasis {
        settings = Map.copyOf(settings);
        inputs = Set.copyOf(inputs);
    }

    /** From the inputs' accounting, each labelled as the report labels it ("SSDA903 Episodes 2021-22"). */
    public static PeriodBasis of(Map<String, String> settings, List<IngestSummary> ingest) {
        Set<String> inputs = new TreeSet<>();
        for (IngestSummary s : ingest) {
            String input = s.label().replaceFirst(" \\d{4}-\\d{2}$", "");
            inputs.add(IngestSummary.READ.equals(s.status()) ? input : input + " (" + s.status() + ")");
        }
        return new PeriodBasis(true, settings, inputs);
    }

    /** Why this period's basis for the indicator differs from the period before's, in words; empty if it does not. */
    Optional<String> changeFrom(PeriodBasis before, IndicatorMetadata m) {
        if (!known || !before.known) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        String now = settings.get(m.id());
        String then = before.settings.get(m.id());
        if (now != null && then != null && !now.equals(then)) {
            why.add("a setting changed (" + then + ", then " + now + ")");
        }
        if (!relevant(inputs, m).equals(relevant(before.inputs, m))) {
            why.add("a different set of lists or tables was read");
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why));
    }

    /** The inputs an indicator reads: its Annex A lists, or every table of the return it reads. */
    private static Set<String> relevant(Set<String> inputs, IndicatorMetadata m) {
        Set<String> lists = new TreeSet<>();
        for (AnnexAList list : m.lists()) {
            lists.add(list.label());
        }
        Set<String> relevant = new TreeSet<>();
        for (String input : inputs) {
            String name = input.replaceFirst(" \\([^)]*\\)$", "");
            String lower = input.toLowerCase(Locale.ROOT);
            if (lists.contains(name) || (m.needsSsda903() && lower.startsWith("ssda903"))
                    || (m.needsCinCensus() && lower.startsWith("cin census"))) {
                relevant.add(input);
            }
        }
        return relevant;
    }
}
