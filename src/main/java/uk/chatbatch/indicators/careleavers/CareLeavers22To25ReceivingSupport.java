package uk.chatbatch.indicators.careleavers;

import uk.chatbatch.indicators.Grouping;
import uk.chatbatch.indicators.Results;

import static uk.chatbatch.ssda903.Ssda903Field.IN_TOUCH;

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
import uk.chatbatch.indicators.IndicatorDefinition.By;

@IndicatorDefinition(
        id = "CL-07",
        title = "Care leavers aged 22 to 25 receiving support",
        definition = "Of the " + CareLeaverCohort.DESCRIPTION + ", those aged 22 to 25 (returned from 2023-24): the"
                + " percentage who asked for and received support from the LA, which OC3 records as IN_TOUCH YES. Any"
                + " other value (not in touch, refused, no longer requiring services, blank) is in the denominator"
                + " and not the numerator, as in DfE's table of 22 to 25 year olds in touch with the LA for support."
                + " " + CareLeaverCohort.AGE + " Also by single year of age, as DfE shows it. Each OC3 row is one"
                + " young person.",
        numerator = "care leavers aged 22 to 25 who asked for and received support",
        denominator = "care leavers aged 22 to 25",
        window = CareLeaverCohort.WINDOW,
        ssda903 = Ssda903Table.OC3,
        ssda903IfSupplied = Ssda903Table.EPISODES,
        returnFields = {"CHILD", "DOB", "IN_TOUCH", "REC", "LS"},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By("age")})
public class CareLeavers22To25ReceivingSupport implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<CareLeaverCohort.CareLeaver> aged22To25 = CareLeaverCohort.of(data, context).stream()
                .filter(c -> CareLeaverCohort.AGED_22_TO_25.equals(c.ageGroup())).toList();
        return Results.percent(metadata(), aged22To25, c -> "YES".equals(c.row().text(IN_TOUCH)),
                List.of(new Grouping<>("age", List.of("22", "23", "24", "25"), c -> Integer.toString(c.age()))),
                CareLeaverCohort.CareLeaver::row);
    }
}
