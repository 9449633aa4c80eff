package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import uk.chatbatch.annexa.ReReferralReading;
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
        id = "REF-02-CIN",
        twin = "REF-02",
        title = "Re-referrals within 12 months (CIN census)",
        definition = "Of the referrals in the CIN census dated " + IN_WINDOW + " (CIN episodes by CINreferralDate),"
                + " the percentage that are re-referrals as DfE defines them: the same child (LAchildID) has another"
                + " episode in the census with a CINreferralDate in the 12 months before this one, on or after the"
                + " date 12 calendar months earlier and before the referral's own date. A previous referral exactly"
                + " 12 months earlier counts; one a day further back does not; another referral on the same day does"
                + " not. The earlier referral may be anywhere in the census, in or before the window, and may itself"
                + " have led to no further action; only referrals the census holds are seen, so an earlier episode"
                + " that had closed before the census year began is not, unless an earlier census year is"
                + " supplied too." + YEARS + " Referrals are counted, not children.",
        numerator = "referrals in the window whose child had another referral in the 12 months before it",
        denominator = "referrals dated in the window",
        window = WINDOW + ", looking back 12 months from each referral through the whole census",
        cin = CinTable.EPISODE,
        returnFields = {"LAchildID", "CINreferralDate"},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.KPI)
public class CensusReReferralsWithin12Months extends PercentOfCensusRows<Episode> {

    public CensusReReferralsWithin12Months() {
        super(CensusRowsInWindow.REFERRALS);
    }

    @Override
    protected boolean inNumerator(Episode referral, CensusHistory census, IndicatorContext context) {
        return isReReferral(referral, census);
    }

    /** Whether the child has another referral on or after the date 12 months before this one and before it. */
    public static boolean isReReferral(Episode referral, CensusHistory census) {
        return ReReferralReading.hasEarlierReferralWithin12Months(referral.referralDate(),
                census.episodesOf(referral.childId()).stream().map(Episode::referralDate).toList());
    }
}
