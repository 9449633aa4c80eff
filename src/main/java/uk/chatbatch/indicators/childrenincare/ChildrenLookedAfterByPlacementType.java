package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.PLACEMENT_PROVIDER;
import static uk.chatbatch.annexa.Field.PLACEMENT_TYPE;

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
        id = "CLA-06",
        title = "Children looked after by placement type",
        definition = "The children looked after at the period end (List 8 Date Started to be Looked After on or before"
                + " the period end, and no Date Ceased to be Looked After or one after it), counted by the group of"
                + " their Placement Type: " + PlacementGroups.DESCRIPTION + "; and by Placement Provider (PR0 parents,"
                + " PR1 own provision, PR2 other LA, PR3 other public, PR4 private, PR5 voluntary, then unknown)."
                + " Every group is shown, zero included; each group's share is its count divided by the whole count."
                + " Records are counted, not distinct children.",
        numerator = "children looked after at the period end",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, PLACEMENT_TYPE, PLACEMENT_PROVIDER},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("placement group"), @By("provider")})
public class ChildrenLookedAfterByPlacementType extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord child, IndicatorContext context) {
        return LookedAfter.atPeriodEnd(child, context.period());
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(PlacementGroups.breakdown(), Breakdown.code("provider", PLACEMENT_PROVIDER));
    }
}
