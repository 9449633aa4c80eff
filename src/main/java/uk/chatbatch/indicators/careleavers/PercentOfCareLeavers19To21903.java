package uk.chatbatch.indicators.careleavers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Shapes;
import uk.chatbatch.input.InputData;

/**
 * The shape of DfE's care-leaver percentages from OC3: the headline over care leavers aged 19 to 21, and the same
 * percentage within each age group (17 to 18, 19 to 21, 22 to 25, other or unknown age). The drill-down holds the
 * 19 to 21 year olds.
 */
public abstract class PercentOfCareLeavers19To21903 implements Indicator {

    protected abstract boolean inNumerator(CareLeaverCohort.CareLeaver careLeaver);

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<CareLeaverCohort.CareLeaver> all = CareLeaverCohort.of(data, context);
        List<CareLeaverCohort.CareLeaver> aged19To21 = all.stream()
                .filter(c -> CareLeaverCohort.AGED_19_TO_21.equals(c.ageGroup())).toList();
        Breakdown<CareLeaverCohort.CareLeaver> ages = CareLeaverCohort.ageGroups();
        Breakdown.asDeclared(metadata(), List.of(ages));
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL,
                aged19To21.stream().filter(this::inNumerator).count(), aged19To21.size()));
        Map<String, Long> top = ages.tally(all.stream().filter(this::inNumerator).toList());
        ages.tally(all).forEach((group, n) ->
                values.add(IndicatorValue.percent(ages.name(), group, top.get(group), n)));
        return IndicatorResult.computed(metadata(), values,
                aged19To21.stream().map(c -> Shapes.counted(c.row(), inNumerator(c), true)).toList());
    }
}
