package uk.chatbatch.indicators.careleavers;

import static uk.chatbatch.ssda903.Ssda903Field.ACCOM;

import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903Table;
import uk.chatbatch.indicators.IndicatorDefinition.By;

@IndicatorDefinition(
        id = "CL-05-903",
        title = "Care leavers aged 19 to 21 in suitable accommodation (SSDA903)",
        definition = "Of the " + CareLeaverCohort.DESCRIPTION + ", those aged 19 to 21: the percentage in"
                + " accommodation judged suitable (ACCOM a letter followed by 1). Unsuitable (followed by 2) and not"
                + " known (0, blank) are in the denominator and not the numerator. " + CareLeaverCohort.AGE
                + " Also the same percentage within each age group: 17 to 18, 19 to 21, 22 to 25 (returned from"
                + " 2023-24; DfE collects their accommodation only for those who asked for and received support), and"
                + " other or unknown age. Each OC3 row is one young person.",
        numerator = "care leavers aged 19 to 21 in accommodation judged suitable",
        denominator = "care leavers aged 19 to 21",
        window = CareLeaverCohort.WINDOW,
        ssda903 = Ssda903Table.OC3,
        ssda903IfSupplied = Ssda903Table.EPISODES,
        returnFields = {"CHILD", "DOB", "ACCOM", "IN_TOUCH", "REC", "LS"},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(CareLeaverCohort.NAME)})
public class CareLeaversInSuitableAccommodation903 extends PercentOfCareLeavers19To21903 {

    @Override
    protected boolean inNumerator(CareLeaverCohort.CareLeaver careLeaver) {
        return suitable(careLeaver.row().text(ACCOM));
    }

    /** An accommodation letter followed by 1: judged suitable. */
    public static boolean suitable(String accommodation) {
        return accommodation != null && accommodation.length() == 2 && accommodation.charAt(1) == '1';
    }
}
