package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_MISSING_EPISODES;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.RETURN_INTERVIEW_ACCEPTED;
import static uk.chatbatch.annexa.Field.RETURN_INTERVIEW_OFFERED;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CLA-14A",
        title = "Return interviews accepted",
        definition = "The second ratio of the catalogue's CLA-14. Of the children in CLA-14's numerator (in CLA-11's"
                + " base, with one or more missing episodes in the"
                + " last 12 months, and offered a return interview after the last one: Was the child offered a Return"
                + " Interview is Yes), the percentage where Did the child accept a Return Interview after their last"
                + " missing episode is Yes. No, Unknown, blank and unrecognised answers stay in the denominator; an"
                + " acceptance recorded without an offer is not measured. "
                + LookedAfter.COUNTS_CHILDREN,
        numerator = "children offered a return interview who accepted it",
        denominator = "children who went missing and were offered a return interview after the last episode",
        window = "six months ending on the period end; missing episodes in the 12 months before the extract",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_MISSING_EPISODES, RETURN_INTERVIEW_OFFERED,
                RETURN_INTERVIEW_ACCEPTED},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        settings = {IndicatorSetting.CLA_MISSING_INCLUDES_CEASED_IN_WINDOW},
        chart = ChartType.DON)
public class ReturnInterviewsAccepted extends PercentOfRecords {

    @Override
    protected boolean countsChildren() {
        return true;
    }

    @Override
    protected boolean inDenominator(TableRecord child, IndicatorContext context) {
        return LookedAfter.inMissingBase(child, context) && LookedAfter.wentMissing(child)
                && child.is(RETURN_INTERVIEW_OFFERED, "Yes");
    }

    @Override
    protected boolean inNumerator(TableRecord child, IndicatorContext context) {
        return child.is(RETURN_INTERVIEW_ACCEPTED, "Yes");
    }
}
