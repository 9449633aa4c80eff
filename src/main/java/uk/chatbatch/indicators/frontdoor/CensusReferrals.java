package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Episode;
import uk.chatbatch.indicators.childreninneed.CensusRowsInWindow;
import uk.chatbatch.indicators.childreninneed.CountOfCensusRows;

@IndicatorDefinition(
        id = "REF-01-CIN",
        population = PopulationRule.DATED_IN_WINDOW,
        twin = "REF-01",
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

    public CensusReferrals() {
        super(CensusRowsInWindow.REFERRALS);
    }
}
