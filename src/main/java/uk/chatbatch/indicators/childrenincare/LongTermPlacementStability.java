package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.PLACEMENT_START_DATE;

import java.time.LocalDate;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.AgeBands;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CLA-08",
        twin = "CLA-08-903",
        headline = true,
        title = "Long-term placement stability",
        definition = "An Annex A approximation of DfE's long-term stability measure. Of the children looked after at"
                + " the period end (List 8 Date Started to be Looked After on or before the period end, and no Date"
                + " Ceased to be Looked After or one after it) who are under 16 at the period end (from the date of"
                + " birth, else the age supplied; a child of unknown age is left out) and have been looked after for"
                + " two and a half years or more (Date Started to be Looked After plus 30 calendar months on or before"
                + " the period end), the percentage whose Start Date of Most Recent Placement plus two calendar years"
                + " is on or before the period end. Annex A gives only the current period of care and the current"
                + " placement, so: a temporary placement (T0 to T4) or a change of placement type with the same carers"
                + " shows as a new placement and breaks the two years where DfE might not; and a child placed for"
                + " adoption with their own foster carers (A3, A5) counts only if the adoption placement itself began"
                + " two years ago, because Annex A does not show when the foster placement began. Both make the figure"
                + " lower than DfE's. A blank placement start date is not counted as stable but stays in the"
                + " denominator. Records are counted, not distinct children.",
        numerator = "of those, children in their current placement for two years or more",
        denominator = "children under 16 looked after at the period end for two and a half years or more",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, DATE_OF_BIRTH, AGE, PLACEMENT_START_DATE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class LongTermPlacementStability extends PercentOfRecords {

    static final int UNDER_AGE = 16;
    static final int LOOKED_AFTER_MONTHS = 30;
    static final int SAME_PLACEMENT_YEARS = 2;

    @Override
    protected boolean inDenominator(TableRecord child, IndicatorContext context) {
        LocalDate periodEnd = context.period().periodEnd();
        Integer age = AgeBands.age(child, periodEnd);
        return LookedAfter.atPeriodEnd(child, context.period()) && age != null && age < UNDER_AGE
                && !child.date(CLA_START_DATE).plusMonths(LOOKED_AFTER_MONTHS).isAfter(periodEnd);
    }

    @Override
    protected boolean inNumerator(TableRecord child, IndicatorContext context) {
        LocalDate placed = child.date(PLACEMENT_START_DATE);
        return placed != null && !placed.plusYears(SAME_PLACEMENT_YEARS).isAfter(context.period().periodEnd());
    }
}
