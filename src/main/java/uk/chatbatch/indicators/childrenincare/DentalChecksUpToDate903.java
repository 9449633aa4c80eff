package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.ssda903.Ssda903Field.TEETH_CHECK;

import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903Table;

@IndicatorDefinition(
        id = "CLA-16-903",
        twin = "CLA-16",
        title = "Dental checks up to date (SSDA903)",
        definition = "The percentage of the " + Oc2Cohort.CONTINUOUS + ". The flag is TEETH_CHECK: the child's teeth were"
                + " checked by a dentist in the year. As DfE's OC2 health outcomes.",
        numerator = "children whose teeth were checked by a dentist",
        denominator = "children looked after continuously for 12 months or more at 31 March (Episodes)",
        window = Oc2Cohort.WINDOW,
        ssda903 = Ssda903Table.OC2,
        ssda903IfSupplied = Ssda903Table.EPISODES,
        returnFields = {"CHILD", "TEETH_CHECK", "DECOM", "RNE", "LS", "DEC", "REC"},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class DentalChecksUpToDate903 extends PercentOfOc2CohortWithFlag {

    public DentalChecksUpToDate903() {
        super(TEETH_CHECK);
    }
}
