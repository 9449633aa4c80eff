package uk.chatbatch.indicators.frontdoor;

import uk.chatbatch.indicators.CountOfCensusRows;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusWording;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import java.util.List;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Episode;

@IndicatorDefinition(
        id = "REF-01-CIN",
        title = "Referrals (CIN census)",
        definition = "The number of referrals in the CIN census dated " + IN_WINDOW + ": CIN episodes (CINdetails)"
                + " whose CINreferralDate is in the window, including referrals that led to no further action. As"
                + " DfE counts them, each referral counts, so a child referred twice counts twice." + YEARS,
        numerator = "referrals dated in the window",
        window = WINDOW,
        cin = CinTable.EPISODE,
        returnFields = {"LAchildID", "CINreferralDate"},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class CensusReferrals extends CountOfCensusRows<Episode> {

    @Override
    protected List<Episode> counted(CensusHistory census, IndicatorContext context) {
        return census.episodes().stream().filter(e -> context.period().inWindow(e.referralDate())).toList();
    }
}
