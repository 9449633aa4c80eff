package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRAL_NFA;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "REF-04",
        twin = "REF-04-CIN",
        title = "Referrals with no further action",
        definition = "Of the referral records in List 3 whose Date of referral is in the six months ending on the"
                + " period end, the percentage whose Referral NFA? is Yes. A referral whose answer is blank or was not"
                + " a recognised Yes or No is not counted as no further action but stays in the denominator, so"
                + " missing data lowers the figure rather than hiding the referral. Also shown by referral source"
                + " group (as REF-03 groups it), each row the percentage within that group. Records are counted, not"
                + " children.",
        numerator = "referrals in the window with Referral NFA? = Yes",
        denominator = "referrals dated in the window",
        window = "six months ending on the period end",
        source = AnnexAList.REFERRALS,
        fields = {DATE_OF_REFERRAL, REFERRAL_NFA, REFERRAL_SOURCE},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.DON,
        breakdowns = {@By("source group")})
public class ReferralsWithNoFurtherAction extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord referral, IndicatorContext context) {
        return context.period().inWindow(referral.date(DATE_OF_REFERRAL));
    }

    @Override
    protected boolean inNumerator(TableRecord referral, IndicatorContext context) {
        return referral.is(REFERRAL_NFA, "Yes");
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.sourceGroup(REFERRAL_SOURCE));
    }
}
