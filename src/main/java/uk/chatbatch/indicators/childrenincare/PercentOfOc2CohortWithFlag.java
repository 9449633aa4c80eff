package uk.chatbatch.indicators.childrenincare;

import java.util.List;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.Shapes;
import uk.chatbatch.input.InputData;
import uk.chatbatch.ssda903.Ssda903Field;

/**
 * The shape of the SSDA903 "up to date" health measures (CLA-15-903, CLA-16-903): of DfE's cohort of children
 * looked after continuously for 12 months or more ({@link Oc2Cohort#lookedAfterContinuously}), the percentage whose
 * OC2 row of the year has the flag 1. An indicator declares itself by its constructor: the flag.
 */
public abstract class PercentOfOc2CohortWithFlag implements Indicator {

    private final Ssda903Field flag;

    protected PercentOfOc2CohortWithFlag(Ssda903Field flag) {
        this.flag = flag;
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        Oc2Cohort.Continuous cohort = Oc2Cohort.lookedAfterContinuously(data, context);
        return Shapes.percent(metadata(), cohort.members(), m -> m.has(flag), List.of(), Oc2Cohort.Member::shown)
                .withMessage(cohort.howFound());
    }
}
