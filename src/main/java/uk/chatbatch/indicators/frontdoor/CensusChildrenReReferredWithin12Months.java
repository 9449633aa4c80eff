package uk.chatbatch.indicators.frontdoor;

import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusWording;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

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

/**
 * The child-level twin of REF-02-CIN, with the same look-back. The drill-down has one record per child: their
 * first re-referral in the window if they have one, otherwise their first referral in the window.
 */
@IndicatorDefinition(
        id = "REF-02C-CIN",
        title = "Children re-referred within 12 months (CIN census)",
        definition = "Of the distinct children (LAchildID) with a referral in the CIN census dated " + IN_WINDOW
                + ", the percentage with at least one referral in the window that is a re-referral as REF-02-CIN"
                + " defines it: another episode of the same child in the census has a CINreferralDate on or after"
                + " the date 12 calendar months before it and before its own date (another referral on the same day"
                + " does not count). The earlier referral may be anywhere in the census." + YEARS + " Children are"
                + " counted, not referrals: a child re-referred twice in the window counts once.",
        numerator = "children referred in the window with a re-referral among those referrals",
        denominator = "children with a referral dated in the window",
        window = WINDOW + ", looking back 12 months from each referral through the whole census",
        cin = CinTable.EPISODE,
        returnFields = {"LAchildID", "CINreferralDate"},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.KPI)
public class CensusChildrenReReferredWithin12Months implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        CensusHistory census = CensusHistory.of(data.returns());
        Map<String, Episode> shown = new LinkedHashMap<>();
        Map<String, Boolean> reReferred = new LinkedHashMap<>();
        for (Episode referral : census.episodes()) {
            if (!context.period().inWindow(referral.referralDate())) {
                continue;
            }
            String child = referral.childId();
            boolean reReferral = CensusReReferralsWithin12Months.isReReferral(referral, census);
            if (reReferral && !reReferred.getOrDefault(child, false)) {
                shown.put(child, referral);
                reReferred.put(child, true);
            } else {
                shown.putIfAbsent(child, referral);
                reReferred.putIfAbsent(child, false);
            }
        }
        long children = shown.size();
        long reReferredChildren = reReferred.values().stream().filter(b -> b).count();
        return IndicatorResult.computed(metadata(),
                List.of(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, reReferredChildren, children)),
                shown.entrySet().stream()
                        .map(e -> CensusHistory.counted(e.getValue().row(), reReferred.get(e.getKey()), true))
                        .toList());
    }
}
