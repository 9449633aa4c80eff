package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_LATEST_REVIEW;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.WorkingDayCalendar;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CLA-19",
        title = "Looked after reviews in timescale",
        definition = "Of the children looked after at the period end (List 8 Date Started to be Looked After on or"
                + " before the period end, and no Date Ceased to be Looked After or one after it), the percentage not"
                + " overdue a statutory review at the period end. The 2010 regulations ask for the first review within"
                + " 20 working days of becoming looked after, the second within 3 months of the first and later ones"
                + " within 6 months; Annex A holds only the Date of Latest Statutory Review, so this is an"
                + " approximation. With no review yet, a child is in time when the period end is no later than the 20th"
                + " working day after the start date (Monday to Friday except England and Wales bank holidays, counted"
                + " from the day after the start). A latest review held within 20 working days of the start is taken to"
                + " be the first, and is in time when it is on or after the date 3 calendar months before the period"
                + " end; any other latest review is in time when it is on or after the date 6 calendar months before"
                + " the period end. Those dates are the period end minus 3 or 6 months, end-of-month clamped: a review"
                + " on that date is in time and one a day earlier is not. A late first review, or a second review held"
                + " between 3 and 6 months after a late first one, is not seen. A review dated after the period end or"
                + " before the start date is a data error and the child is left out of both the numerator and the"
                + " denominator. Records are counted, not distinct children. Also by Allocated Team (unallocated when"
                + " blank or rejected).",
        numerator = "children looked after at the period end not overdue a review",
        denominator = "children looked after at the period end, other than any whose latest review is dated after"
                + " the period end or before they started to be looked after",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_LATEST_REVIEW, ALLOCATED_TEAM},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF)})
public class LookedAfterReviewsInTimescale extends PercentOfRecords {

    static final int FIRST_REVIEW_WORKING_DAYS = 20;
    static final int SECOND_REVIEW_MONTHS = 3;
    static final int LATER_REVIEW_MONTHS = 6;
    /** Longer than any 20 working days, so older dates need no calendar (and may predate it). */
    private static final int BEYOND_FIRST_REVIEW_MONTHS = 2;

    @Override
    protected boolean inDenominator(TableRecord child, IndicatorContext context) {
        LocalDate start = child.date(CLA_START_DATE);
        LocalDate review = child.date(CLA_LATEST_REVIEW);
        return LookedAfter.atPeriodEnd(child, context.period())
                && (review == null || !review.isAfter(context.period().periodEnd()) && !review.isBefore(start));
    }

    @Override
    protected boolean inNumerator(TableRecord child, IndicatorContext context) {
        LocalDate start = child.date(CLA_START_DATE);
        LocalDate review = child.date(CLA_LATEST_REVIEW);
        LocalDate periodEnd = context.period().periodEnd();
        if (review == null) {
            return withinFirstReviewTime(start, periodEnd, context.calendar());
        }
        if (review.isBefore(periodEnd.minusMonths(LATER_REVIEW_MONTHS))) {
            return false;
        }
        return !withinFirstReviewTime(start, review, context.calendar())
                || !review.isBefore(periodEnd.minusMonths(SECOND_REVIEW_MONTHS));
    }

    /** Whether the date is no later than the 20th working day after the start. */
    private static boolean withinFirstReviewTime(LocalDate start, LocalDate date, WorkingDayCalendar calendar) {
        return !start.plusMonths(BEYOND_FIRST_REVIEW_MONTHS).isBefore(date)
                && !date.isAfter(calendar.addWorkingDays(start, FIRST_REVIEW_WORKING_DAYS));
    }
}
