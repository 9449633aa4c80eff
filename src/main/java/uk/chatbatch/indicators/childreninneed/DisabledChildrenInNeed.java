package uk.chatbatch.indicators.childreninneed;

import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.DISABILITY;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.ChildInNeedEpisodes;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CIN-06",
        title = "Disabled children in need",
        definition = "Of the children in need episodes in List 6 open at the period end (CIN Start Date on or before"
                + " the period end or blank, and no CIN Closure Date or one after it), the percentage where Does the Child"
                + " have a Disability is Yes. No, Unknown, blank and unrecognised answers stay in the denominator."
                + " Episode records are counted, not children.",
        numerator = "open children in need episodes of children with a disability",
        denominator = "children in need episodes open at the period end",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_NEED,
        fields = {CIN_START_DATE, CIN_CLOSURE_DATE, DISABILITY},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.DON)
public class DisabledChildrenInNeed extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord episode, IndicatorContext context) {
        return ChildInNeedEpisodes.openAtEnd(episode, context.period());
    }

    @Override
    protected boolean inNumerator(TableRecord episode, IndicatorContext context) {
        return episode.is(DISABILITY, "Yes");
    }
}
