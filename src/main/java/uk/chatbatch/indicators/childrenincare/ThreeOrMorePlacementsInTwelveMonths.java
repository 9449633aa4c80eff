package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_PLACEMENTS_LAST_12_MONTHS;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
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
        id = "CLA-07",
        twin = "CLA-07-903",
        headline = true,
        title = "Children looked after with three or more placements in 12 months",
        definition = "Of the children looked after at the period end, as CLA-01 counts them (List 8 Date Started to"
                + " be Looked After on or before the period end, and no Date Ceased to be Looked After or one after"
                + " the period end), the percentage whose Number of Placements in the Last 12 months is 3 or more."
                + " The number of placements is the LA's own figure from Annex A, not recomputed. A child whose"
                + " number of placements is blank or was not a whole number is not counted as having three or more"
                + " but stays in the denominator. Records are counted, not distinct children.",
        numerator = "children looked after at the period end with 3 or more placements in the last 12 months",
        denominator = "children looked after at the period end",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_PLACEMENTS_LAST_12_MONTHS, Field.DATE_OF_BIRTH, Field.AGE, Field.PLACEMENT_TYPE},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("age band"), @By("placement type")})
public class ThreeOrMorePlacementsInTwelveMonths extends PercentOfRecords {

    static final int PLACEMENTS = 3;

    @Override
    protected boolean inDenominator(TableRecord child, IndicatorContext context) {
        return LookedAfter.atPeriodEnd(child, context.period());
    }

    @Override
    protected boolean inNumerator(TableRecord child, IndicatorContext context) {
        Integer placements = child.integer(CLA_PLACEMENTS_LAST_12_MONTHS);
        return placements != null && placements >= PLACEMENTS;
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.ageBand(r -> context.period().periodEnd()),
                Breakdown.code("placement type", Field.PLACEMENT_TYPE));
    }
}
