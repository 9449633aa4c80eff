package uk.chatbatch.indicators.childrenincare;

import java.util.List;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.Shapes;
import uk.chatbatch.input.InputData;

/**
 * The shape of the SSDA903 missing measures (CLA-11-903, CLA-13-903): of the children looked after at some time in
 * the 12 months ending on the period end, the percentage with a row of the SSDA903 Missing table of one type
 * starting in those months ({@link MissingFromPlacement}). An indicator declares itself by its constructor: the
 * type, missing (M) or away without authorisation (A).
 */
public abstract class PercentLookedAfterWithMissingRow implements Indicator {

    static final int MONTHS = 12;

    private final String type;

    protected PercentLookedAfterWithMissingRow(String type) {
        this.type = type;
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<MissingFromPlacement.Child> children = MissingFromPlacement.lookedAfterDuring(data,
                context.period().lastMonths(MONTHS), type);
        return Shapes.percent(metadata(), children, MissingFromPlacement.Child::hadIncident, List.of(),
                c -> c.episode().row());
    }
}
