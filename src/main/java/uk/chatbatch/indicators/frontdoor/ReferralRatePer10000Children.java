package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "REF-01R",
        headline = true,
        title = "Referral rate per 10,000 children",
        definition = "The referrals REF-01 counts (referral records in List 3 whose Date of referral is in the six"
                + " months ending on the period end; records, not children) divided by the LA's population aged 0 to"
                + " 17 (ONS mid-year estimate, from the job file or run --population), times 10,000. The headline is"
                + " annualised (the count times 12 / 6), a rate for a year on the same basis as DfE's annual rate"
                + " (year ending 31 March) shown beside it; the row basis = six months gives the rate of the six"
                + " months as counted. Without a population the rate is not computed, never shown as zero. The catalogue's"
                + " age breakdown is not given: rates are computed for the whole population only.",
        numerator = "referrals dated in the window (REF-01), per 10,000 children aged 0 to 17",
        denominator = "children aged 0 to 17 living in the LA (ONS mid-year estimate, from the job file)",
        window = "six months ending on the period end",
        source = AnnexAList.REFERRALS,
        fields = {DATE_OF_REFERRAL},
        unit = Unit.RATE_PER_10000,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class ReferralRatePer10000Children extends RatePer10000Children {

    public ReferralRatePer10000Children() {
        super(new ReferralsInWindow(), Counted.SIX_MONTH_FLOW);
    }
}
