package uk.chatbatch.indicators.childreninneed;

import uk.chatbatch.indicators.AgeBandRows;

import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.input.InputData;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Episode;
import uk.chatbatch.indicators.IndicatorDefinition.By;

/**
 * Counts children, as DfE does: a child with two open episodes (which the census's own validation forbids)
 * counts once, described by the open episode with the latest referral date.
 */
@IndicatorDefinition(
        id = "CIN-01-CIN",
        title = "Children in need at the period end (CIN census)",
        definition = "The number of distinct children (LAchildID) in the CIN census with an episode of need open at"
                + " the period end: a CINdetails whose CINreferralDate is on or before the period end and whose"
                + " CINclosureDate is absent or after the period end. An episode closed on the period end is not"
                + " open at it. A referral with ReferralNFA true is not an episode of need and is left out even when"
                + " it has no closure date. As in DfE's count, this includes children on a child protection plan and"
                + " children looked after who are open to children's social care, and unborn children. Broken down"
                + " by DfE age band at the period end, from the child's PersonBirthDate (unborn when born after the"
                + " period end or when only an ExpectedPersonBirthDate is given)." + YEARS,
        numerator = "children with an episode of need open at the period end",
        window = "at the period end",
        cin = {CinTable.CHILD, CinTable.EPISODE},
        returnFields = {"LAchildID", "CINreferralDate", "CINclosureDate", "ReferralNFA", "PersonBirthDate",
                "ExpectedPersonBirthDate"},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By(AgeBandRows.NAME)})
public class CensusChildrenInNeedAtPeriodEnd implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        CensusHistory census = CensusHistory.of(data.returns());
        LocalDate periodEnd = context.period().periodEnd();
        List<Episode> open = new ArrayList<>();
        Map<String, Episode> latestOpenByChild = new LinkedHashMap<>();
        for (Episode episode : census.episodes()) {
            if (context.period().openAtEnd(episode.referralDate(), episode.closureDate())
                    && !episode.noFurtherAction().orElse(false)) {
                open.add(episode);
                latestOpenByChild.merge(episode.childId(), episode, (kept, other) ->
                        other.referralDate().isAfter(kept.referralDate()) ? other : kept);
            }
        }
        List<Episode> children = List.copyOf(latestOpenByChild.values());
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, children.size()));
        values.addAll(AgeBandRows.counts(children, census, periodEnd));
        // Every open episode is in the drill-down; only the one describing its child is counted.
        return IndicatorResult.computed(metadata(), values, open.stream()
                .map(e -> CensusHistory.counted(e.row(), latestOpenByChild.get(e.childId()) == e, false)).toList());
    }
}
