package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_START_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.AgeBands;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of the Annex A "up to date" health measures (CLA-15, CLA-16): of the children looked after at the
 * period end who have been looked after for 12 months or more (start date plus 12 calendar months on or before the
 * period end, as DfE's cohort), the percentage whose last check is on or after the period end minus a number of
 * calendar months (fewer for a child under 5 where the measure says so; a child of unknown age is held to the
 * older timescale). A blank date stays in the denominator; one after the period end is a data error, left out of
 * both. By DfE age band at the period end. An indicator declares itself by its constructor.
 */
public abstract class PercentOfYearInCareUpToDate extends PercentOfRecords {

    static final int COHORT_MONTHS = 12;
    static final int UNDER_AGE = 5;

    private final Field lastChecked;
    private final int underFiveMonths;
    private final int fiveAndOverMonths;

    /**
     * @param lastChecked       the date of the last check
     * @param underFiveMonths   how many months before the period end a check of a child under 5 is in time
     * @param fiveAndOverMonths the same for a child of 5 or over, or of unknown age
     */
    protected PercentOfYearInCareUpToDate(Field lastChecked, int underFiveMonths, int fiveAndOverMonths) {
        this.lastChecked = lastChecked;
        this.underFiveMonths = underFiveMonths;
        this.fiveAndOverMonths = fiveAndOverMonths;
    }

    @Override
    protected final boolean inDenominator(TableRecord child, IndicatorContext context) {
        LocalDate checked = child.date(lastChecked);
        LocalDate periodEnd = context.period().periodEnd();
        return LookedAfter.atPeriodEnd(child, context.period())
                && !child.date(CLA_START_DATE).plusMonths(COHORT_MONTHS).isAfter(periodEnd)
                && (checked == null || !checked.isAfter(periodEnd));
    }

    @Override
    protected final boolean inNumerator(TableRecord child, IndicatorContext context) {
        LocalDate checked = child.date(lastChecked);
        LocalDate periodEnd = context.period().periodEnd();
        Integer age = AgeBands.age(child, periodEnd);
        int months = age != null && age < UNDER_AGE ? underFiveMonths : fiveAndOverMonths;
        return checked != null && !checked.isBefore(periodEnd.minusMonths(months));
    }

    @Override
    protected final List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.ageBand(r -> context.period().periodEnd()));
    }
}
