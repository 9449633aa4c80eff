package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.PERMANENCE_PLAN;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CLA-21",
        title = "Children looked after by permanence plan",
        definition = "The children looked after at the period end (List 8 Date Started to be Looked After on or before"
                + " the period end, and no Date Ceased to be Looked After or one after it), counted by What is the"
                + " permanence plan for this child?: return to family, adoption, SGO/CAO, supported living in the"
                + " community, long-term residential placement, long-term fostering, other, then unknown for a plan"
                + " that was blank (the template allows it) or not recognised. Every plan is shown, zero included;"
                + " each plan's share is its count divided by the whole count. Records are counted, not distinct"
                + " children.",
        numerator = "children looked after at the period end",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, PERMANENCE_PLAN},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("permanence plan")})
public class ChildrenLookedAfterByPermanencePlan extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord child, IndicatorContext context) {
        return LookedAfter.atPeriodEnd(child, context.period());
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.code("permanence plan", PERMANENCE_PLAN));
    }
}
