package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_LAST_HEALTH_ASSESSMENT;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CLA-15",
        twin = "CLA-15-903",
        title = "Health assessments up to date",
        definition = "Of the children looked after at the period end (List 8 Date Started to be Looked After on or"
                + " before the period end, and no Date Ceased to be Looked After or one after it) who have been looked"
                + " after for 12 months or more (start date plus 12 calendar months on or before the period end, as"
                + " DfE's cohort), the percentage whose Date of Last Health Assessment is on or after the date 12"
                + " calendar months before the period end, or 6 months for a child under 5 at the period end (age"
                + " from the date of birth, else the age supplied; a child of unknown age is held to 12 months)."
                + " That date is the period end minus 12 or 6 months, end-of-month clamped (31 March minus 6 months"
                + " is 30 September): an assessment on it is in time; one a day earlier is not. A blank"
                + " date is not up to date but stays in the denominator. An assessment dated after the period end is"
                + " a data error and the child is left out of both the numerator and the denominator. Also by DfE"
                + " age band at the period end. Records are counted, not distinct children.",
        numerator = "of those, children whose last health assessment is within 12 months (6 months if under 5)",
        denominator = "children looked after at the period end for 12 months or more, other than any assessed"
                + " after it",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_LAST_HEALTH_ASSESSMENT, DATE_OF_BIRTH, AGE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("age band")})
public class HealthAssessmentsUpToDate extends PercentOfYearInCareUpToDate {

    public HealthAssessmentsUpToDate() {
        super(CLA_LAST_HEALTH_ASSESSMENT, 6, 12);
    }
}
