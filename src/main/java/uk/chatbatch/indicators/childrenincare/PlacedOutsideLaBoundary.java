package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.PLACEMENT_LOCATION;
import static uk.chatbatch.annexa.Field.PLACEMENT_TYPE;

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
        id = "CLA-10",
        title = "Children placed outside the LA boundary",
        definition = "Of the children looked after at the period end (List 8 Date Started to be Looked After on or"
                + " before the period end, and no Date Ceased to be Looked After or one after it), the percentage"
                + " whose Placement Location is Out (outside the LA's own area), as the LA recorded it. In, blank"
                + " and unrecognised values stay in the denominator. This is the Annex A stand-in for placement"
                + " distance (CLA-09), which needs SSDA903 home and placement postcodes. Also by placement group: "
                + PlacementGroups.DESCRIPTION + ". Records are counted, not distinct children.",
        numerator = "children looked after at the period end placed outside the LA",
        denominator = "children looked after at the period end",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, PLACEMENT_LOCATION, PLACEMENT_TYPE},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.DON,
        breakdowns = {@By("placement group")})
public class PlacedOutsideLaBoundary extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord child, IndicatorContext context) {
        return LookedAfter.atPeriodEnd(child, context.period());
    }

    @Override
    protected boolean inNumerator(TableRecord child, IndicatorContext context) {
        return child.is(PLACEMENT_LOCATION, "Out");
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(PlacementGroups.breakdown());
    }
}
