package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_LATEST_REVIEW;
import static uk.chatbatch.annexa.Field.CP_START_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
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
        id = "CP-10",
        title = "Child protection reviews in timescale",
        definition = "Of the child protection plans in List 7 open at the period end (start date on or before the"
                + " period end, and no end date or one after it), the percentage not overdue a review conference at"
                + " the period end. Working Together asks for the first review within 3 months of the plan's start"
                + " and each later one within 6 months of the one before; Annex A holds only the Date of latest"
                + " review conference, so this is an approximation: a plan with a review is in time when that review"
                + " is on or after the date 6 calendar months before the period end, and a plan with no review yet"
                + " is in time when it started on or after the date 3 calendar months before the period end (the"
                + " first review is not yet due). Those dates are the period end minus 6 or 3 months, end-of-month"
                + " clamped (31 March minus 6 months is 30 September): a review on that date, or a plan without one"
                + " started on it, is in time, and a day earlier is not. A first review held late is"
                + " not seen once it has happened. A review dated after the period end or before the plan's start"
                + " is a data error and the plan is left out of both the numerator and the denominator. Plan"
                + " records are counted, not children. Also by Allocated Team (unallocated when blank or rejected).",
        numerator = "open plans not overdue a review conference at the period end",
        denominator = "child protection plans open at the period end, other than any whose latest review is dated"
                + " after the period end or before the plan started",
        window = "at the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, CP_END_DATE, CP_LATEST_REVIEW, ALLOCATED_TEAM},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF)})
public class ChildProtectionReviewsInTimescale extends PercentOfRecords {

    static final int FIRST_REVIEW_MONTHS = 3;
    static final int LATER_REVIEW_MONTHS = 6;

    @Override
    protected boolean inDenominator(TableRecord plan, IndicatorContext context) {
        LocalDate start = plan.date(CP_START_DATE);
        LocalDate review = plan.date(CP_LATEST_REVIEW);
        return context.period().openAtEnd(start, plan.date(CP_END_DATE))
                && (review == null || !review.isAfter(context.period().periodEnd()) && !review.isBefore(start));
    }

    @Override
    protected boolean inNumerator(TableRecord plan, IndicatorContext context) {
        LocalDate review = plan.date(CP_LATEST_REVIEW);
        LocalDate periodEnd = context.period().periodEnd();
        return review == null ? !plan.date(CP_START_DATE).isBefore(periodEnd.minusMonths(FIRST_REVIEW_MONTHS))
                : !review.isBefore(periodEnd.minusMonths(LATER_REVIEW_MONTHS));
    }
}
