package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_MISSING_EPISODES;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
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
        id = "CLA-14",
        title = "Return interviews offered",
        definition = "Of the " + LookedAfter.MISSING_BASE + " who went missing at least once in the last"
                + " 12 months (Number of Episodes 'Missing' 1 or more, the CLA-11 numerator), the percentage where"
                + " Was the child offered a Return Interview after their last missing episode is Yes. No, Unknown,"
                + " blank and unrecognised answers stay in the denominator; an answer for a child with no missing"
                + " episode is not measured. The catalogue's second ratio, interviews accepted of those offered, is"
                + " CLA-14A. " + LookedAfter.COUNTS_CHILDREN,
        numerator = "children who went missing and were offered a return interview after the last episode",
        denominator = "children looked after in the window with one or more missing episodes in the last 12 months",
        window = "six months ending on the period end; missing episodes in the 12 months before the extract",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_MISSING_EPISODES, RETURN_INTERVIEW_OFFERED},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        settings = {IndicatorSetting.CLA_MISSING_INCLUDES_CEASED_IN_WINDOW},
        chart = ChartType.DON)
public class ReturnInterviewsOffered extends PercentOfRecords {

    @Override
    protected boolean countsChildren() {
        return true;
    }

    @Override
    protected boolean inDenominator(TableRecord child, IndicatorContext context) {
        return LookedAfter.inMissingBase(child, context) && LookedAfter.wentMissing(child);
    }

    @Override
    protected boolean inNumerator(TableRecord child, IndicatorContext context) {
        return child.is(RETURN_INTERVIEW_OFFERED, "Yes");
    }
}
