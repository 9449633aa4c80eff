package uk.chatbatch.indicators.careleavers;

import static uk.chatbatch.ssda903.Ssda903Field.ACTIV;

import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Codes;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.CodeSets;
import uk.chatbatch.ssda903.Ssda903Table;

@IndicatorDefinition(
        id = "CL-03-903",
        twin = "CL-03",
        title = "Care leavers aged 19 to 21 in education, employment or training (SSDA903)",
        definition = "Of the " + CareLeaverCohort.DESCRIPTION + ", those aged 19 to 21: the percentage in"
                + " education, employment or training (ACTIV F1, P1 higher education; F2, P2 other education; F4, P4"
                + " apprenticeships; F5, P5 other training or employment; and the codes used to 2020-21, F3, P3). NEET"
                + " (G4 to G6) and not known (0, blank, as for a young person not in touch) are in the denominator and"
                + " not the numerator, as DfE counts them. " + CareLeaverCohort.AGE + " Also the same percentage"
                + " within each age group: 17 to 18, 19 to 21, 22 to 25 (returned from 2023-24; DfE collects their"
                + " activity only for those who asked for and received support), and other or unknown age. Each OC3"
                + " row is one young person.",
        numerator = "care leavers aged 19 to 21 in education, employment or training",
        denominator = "care leavers aged 19 to 21",
        window = CareLeaverCohort.WINDOW,
        ssda903 = Ssda903Table.OC3,
        ssda903IfSupplied = Ssda903Table.EPISODES,
        returnFields = {"CHILD", "DOB", "ACTIV", "IN_TOUCH", "REC", "LS"},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(CareLeaverCohort.NAME)})
public class CareLeaversInEducationEmploymentOrTraining903 extends PercentOfCareLeavers19To21903 {

    @Override
    protected boolean inNumerator(CareLeaverCohort.CareLeaver careLeaver) {
        return Codes.oneOf(CodeSets.IN_EDUCATION_EMPLOYMENT_OR_TRAINING, careLeaver.row().text(ACTIV));
    }
}
