package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_MISSING_EPISODES;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.PLACEMENT_TYPE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * The age breakdown is at the period end, which {@link PercentOfRecords#breakdowns()} is not given, so each
 * computation uses an instance made for its period end.
 */
@IndicatorDefinition(
        id = "CLA-11",
        twin = "CLA-11-903",
        title = "Children looked after who went missing",
        definition = "Of the " + LookedAfter.MISSING_BASE + ", the percentage whose Number of Episodes the Child has been 'Missing' from their Placement in the last"
                + " 12 months is 1 or more, as the LA recorded it. A blank count is not counted as missing but stays"
                + " in the denominator. DfE's figure is for children looked after during a year; this cohort is six"
                + " months of children with twelve months of missing episodes. Also by DfE age band at the period"
                + " end (from the date of birth, else the age supplied) and by placement group of the most recent"
                + " placement: " + PlacementGroups.DESCRIPTION + ". " + LookedAfter.COUNTS_CHILDREN,
        numerator = "children with one or more missing episodes in the last 12 months",
        denominator = "children looked after at some time in the window",
        window = "six months ending on the period end; missing episodes in the 12 months before the extract",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_MISSING_EPISODES, DATE_OF_BIRTH, AGE, PLACEMENT_TYPE},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        settings = {IndicatorSetting.CLA_MISSING_INCLUDES_CEASED_IN_WINDOW},
        breakdowns = {@By("age band"), @By("placement group")})
public class ChildrenWhoWentMissing extends PercentOfRecords {

    @Override
    protected boolean countsChildren() {
        return true;
    }

    /** Null in the instance the catalogue creates. */
    private final LocalDate periodEnd;

    public ChildrenWhoWentMissing() {
        this(null);
    }

    private ChildrenWhoWentMissing(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        LocalDate end = context.period().periodEnd();
        return end.equals(periodEnd) ? super.compute(data, context)
                : new ChildrenWhoWentMissing(end).compute(data, context);
    }

    @Override
    protected boolean inDenominator(TableRecord child, IndicatorContext context) {
        return LookedAfter.inMissingBase(child, context);
    }

    @Override
    protected boolean inNumerator(TableRecord child, IndicatorContext context) {
        return LookedAfter.wentMissing(child);
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.ageBand(r -> periodEnd), PlacementGroups.breakdown());
    }
}
