package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_LAST_DENTAL_CHECK;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CLA-16",
        twin = "CLA-16-903",
        title = "Dental checks up to date",
        definition = "Of the children looked after at the period end (List 8 Date Started to be Looked After on or"
                + " before the period end, and no Date Ceased to be Looked After or one after it) who have been looked"
                + " after for 12 months or more (start date plus 12 calendar months on or before the period end, as"
                + " DfE's cohort), the percentage whose Date of Last Dental Check is on or after the date 12"
                + " calendar months before the period end (the period end minus 12 months; 29 February minus 12"
                + " months is 28 February): a check on that date is in time, one a day earlier is not. Babies"
                + " are not left out. A blank date is not up to date but stays in the denominator. A check dated"
                + " after the period end is a data error and the child is left out of both the numerator and the"
                + " denominator. Also by DfE age band at the period end (from the date of birth, else the age"
                + " supplied). Records are counted, not distinct children.",
        numerator = "of those, children whose last dental check is within 12 months",
        denominator = "children looked after at the period end for 12 months or more, other than any checked"
                + " after it",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_LAST_DENTAL_CHECK, DATE_OF_BIRTH, AGE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("age band")})
public class DentalChecksUpToDate extends PercentOfYearInCareUpToDate {

    public DentalChecksUpToDate() {
        super(CLA_LAST_DENTAL_CHECK, 12, 12);
    }
}
