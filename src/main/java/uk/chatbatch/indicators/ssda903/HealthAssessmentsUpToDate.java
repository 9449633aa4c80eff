package uk.chatbatch.indicators.ssda903;

import static uk.chatbatch.ssda903.Ssda903Field.HEALTH_ASSESSMENT;

import java.util.List;
import uk.chatbatch.annexa.InputData;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903Table;

@IndicatorDefinition(
        id = "CLA-15-903",
        title = "Health assessments up to date (SSDA903)",
        definition = "Of " + Oc2Cohort.DESCRIPTION + ", the percentage who had their annual health"
                + " assessment (HEALTH_ASSESSMENT = 1). 0 and blank count as not done and stay in the denominator."
                + " Each OC2 row is one child. As DfE's OC2 health outcomes, which also count children looked after"
                + " continuously for 12 months at 31 March.",
        numerator = "children whose health assessments were up to date",
        denominator = "children looked after continuously for 12 months or more at 31 March (OC2)",
        window = Oc2Cohort.WINDOW,
        ssda903 = {Ssda903Table.OC2},
        returnFields = {"CHILD", "HEALTH_ASSESSMENT"},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class HealthAssessmentsUpToDate implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        var missing = Results.tableMissing(metadata(), data, Ssda903Table.OC2);
        if (missing.isPresent()) {
            return missing.get();
        }
        return Results.percent(metadata(), Oc2Cohort.of(data, context), c -> c.has(HEALTH_ASSESSMENT), List.of(),
                Oc2Cohort.Child::row);
    }
}
