package uk.chatbatch.indicators.careleavers;

import static uk.chatbatch.ssda903.Ssda903Field.IN_TOUCH;

import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903Table;
import uk.chatbatch.indicators.IndicatorDefinition.By;

@IndicatorDefinition(
        id = "CL-02-903",
        title = "Care leavers aged 19 to 21 in touch (SSDA903)",
        definition = "Of the " + CareLeaverCohort.DESCRIPTION + ", those aged 19 to 21: the percentage whom"
                + " the LA was in touch with (IN_TOUCH YES). Not in touch (NO), refused contact (REFU) and no longer"
                + " requiring services (NREQ) are in the denominator and not the numerator. " + CareLeaverCohort.AGE
                + " Also the same percentage within each age group: 17 to 18, 19 to 21, 22 to 25 (returned from"
                + " 2023-24; for them YES means they asked for and received support, which is CL-07), and other or"
                + " unknown age. Each OC3 row is one young person.",
        numerator = "care leavers aged 19 to 21 the LA was in touch with",
        denominator = "care leavers aged 19 to 21",
        window = CareLeaverCohort.WINDOW,
        ssda903 = Ssda903Table.OC3,
        ssda903IfSupplied = Ssda903Table.EPISODES,
        returnFields = {"CHILD", "DOB", "IN_TOUCH", "REC", "LS"},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(CareLeaverCohort.NAME)})
public class CareLeaversInTouch903 extends PercentOfCareLeavers19To21903 {

    @Override
    protected boolean inNumerator(CareLeaverCohort.CareLeaver careLeaver) {
        return "YES".equals(careLeaver.row().text(IN_TOUCH));
    }
}
