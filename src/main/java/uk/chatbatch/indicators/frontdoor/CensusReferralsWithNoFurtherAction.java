package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Episode;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusRowsInWindow;
import uk.chatbatch.indicators.childreninneed.PercentOfCensusRows;

@IndicatorDefinition(
        id = "REF-04-CIN",
        twin = "REF-04",
        title = "Referrals with no further action (CIN census)",
        definition = "Of the referrals in the CIN census dated " + IN_WINDOW + " (CIN episodes by CINreferralDate),"
                + " the percentage with ReferralNFA true (sent as true or 1): the referral led to no further action."
                + " A referral whose ReferralNFA is missing or unreadable is not counted as no further action but"
                + " stays in the denominator." + YEARS + " Referrals are counted, not children.",
        numerator = "referrals in the window with ReferralNFA true",
        denominator = "referrals dated in the window",
        window = WINDOW,
        cin = CinTable.EPISODE,
        returnFields = {"CINreferralDate", "ReferralNFA"},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.DON)
public class CensusReferralsWithNoFurtherAction extends PercentOfCensusRows<Episode> {

    public CensusReferralsWithNoFurtherAction() {
        super(CensusRowsInWindow.REFERRALS);
    }

    @Override
    protected boolean inNumerator(Episode referral, CensusHistory census, IndicatorContext context) {
        return referral.noFurtherAction().orElse(false);
    }
}
