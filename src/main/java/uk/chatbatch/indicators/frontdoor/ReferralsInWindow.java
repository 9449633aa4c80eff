package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "REF-01",
        title = "Referrals",
        definition = "The number of referral records in List 3 whose Date of referral is in the six months ending on"
                + " the period end: after the date six months before the period end, up to and including the period"
                + " end. Records are counted, not children: a child referred twice in the window counts twice.",
        numerator = "referrals dated in the window",
        window = "six months ending on the period end",
        source = AnnexAList.REFERRALS,
        fields = {DATE_OF_REFERRAL},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class ReferralsInWindow extends CountOfRecords {

    @Override
    protected boolean counts(AnnexARecord referral, IndicatorContext context) {
        return context.period().inWindow(referral.date(DATE_OF_REFERRAL));
    }
}
