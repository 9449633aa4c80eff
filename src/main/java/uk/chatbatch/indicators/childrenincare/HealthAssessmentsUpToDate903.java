package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.ssda903.Ssda903Field.HEALTH_ASSESSMENT;

import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903Table;

@IndicatorDefinition(
        id = "CLA-15-903",
        twin = "CLA-15",
        title = "Health assessments up to date (SSDA903)",
        definition = "The percentage of the " + Oc2Cohort.CONTINUOUS + ". The flag is HEALTH_ASSESSMENT: the annual health"
                + " assessment was up to date. As DfE's OC2 health outcomes.",
        numerator = "children whose health assessments were up to date",
        denominator = "children looked after continuously for 12 months or more at 31 March (Episodes)",
        window = Oc2Cohort.WINDOW,
        ssda903 = Ssda903Table.OC2,
        ssda903IfSupplied = Ssda903Table.EPISODES,
        returnFields = {"CHILD", "HEALTH_ASSESSMENT", "DECOM", "RNE", "LS", "DEC", "REC"},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class HealthAssessmentsUpToDate903 extends PercentOfOc2CohortWithFlag {

    public HealthAssessmentsUpToDate903() {
        super(HEALTH_ASSESSMENT);
    }
}
