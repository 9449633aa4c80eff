package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Results;

import static uk.chatbatch.ssda903.Ssda903Field.HEALTH_CHECK;

import java.util.List;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903Table;

@IndicatorDefinition(
        id = "CLA-17",
        title = "Development assessments up to date for children under 5",
        definition = "Of " + Oc2Cohort.DESCRIPTION + ", those aged under 5 at that 31 March (completed years from the"
                + " OC2 date of birth; a child with a blank date of birth is left out), the percentage whose"
                + " development assessments were up to date (HEALTH_CHECK = 1). 0 and blank count as not up to date"
                + " and stay in the denominator. As DfE's OC2 measure of development assessments for under-5s.",
        numerator = "children under 5 whose development assessments were up to date",
        denominator = "children under 5 looked after continuously for 12 months or more at 31 March (OC2)",
        window = Oc2Cohort.WINDOW,
        ssda903 = {Ssda903Table.OC2},
        returnFields = {"CHILD", "DOB", "HEALTH_CHECK"},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class DevelopmentChecksUpToDateForUnderFives implements Indicator {

    static final int UNDER_AGE = 5;

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<Oc2Cohort.Child> underFive = Oc2Cohort.of(data, context).stream()
                .filter(c -> c.age() != null && c.age() < UNDER_AGE).toList();
        return Results.percent(metadata(), underFive, c -> c.has(HEALTH_CHECK), List.of(), Oc2Cohort.Child::row);
    }
}
