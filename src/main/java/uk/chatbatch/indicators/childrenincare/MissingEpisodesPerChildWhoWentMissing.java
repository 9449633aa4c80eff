package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Results;
import uk.chatbatch.indicators.Window;

import java.util.List;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * The unit is COUNT because the count is of missing episodes, and the value is that count per child. The number of
 * children is not written as a denominator: the shareable report's small-number rule reads a denominator as the
 * number a count is taken out of, and episodes outnumber children.
 */
@IndicatorDefinition(
        id = "CLA-12-903",
        title = "Missing episodes per child who went missing (SSDA903)",
        definition = "For the children who went missing in the 12 months ending on the period end, as CLA-11-903"
                + " counts them (looked after at some time in the window, short breaks left out, with a row of type M"
                + " in the SSDA903 Missing table whose MIS_START is in the window), the number of missing episodes"
                + " (type M rows starting in the window) per child. The numerator is the number of missing episodes;"
                + " the value is that number divided by the number of children who went missing, which is"
                + " CLA-11-903's numerator and is not repeated here as a denominator. Each Missing row is one episode"
                + " (the reader keeps one row per child and start)."
                + " With the period end on 31 March this is DfE's missing incidents per child who went missing."
                + " Not computed when the Missing table holds no rows; no cases when no child went missing.",
        numerator = "missing episodes starting in the window of children looked after in it",
        window = "12 months ending on the period end",
        ssda903 = {Ssda903Table.EPISODES, Ssda903Table.MISSING},
        returnFields = {"CHILD", "DECOM", "DEC", "LS", "MISSING", "MIS_START"},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class MissingEpisodesPerChildWhoWentMissing implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<MissingFromPlacement.Child> wentMissing = MissingFromPlacement.lookedAfterDuring(data,
                Window.twelveMonths(context), MissingFromPlacement.MISSING_CODE).stream()
                .filter(MissingFromPlacement.Child::hadIncident).toList();
        long episodes = wentMissing.stream().mapToLong(c -> c.incidents().size()).sum();
        Double perChild = wentMissing.isEmpty() ? null : (double) episodes / wentMissing.size();
        List<IndicatorValue> values = List.of(
                new IndicatorValue(IndicatorValue.ALL, IndicatorValue.ALL, episodes, null, perChild));
        var counted = wentMissing.stream().flatMap(c -> c.incidents().stream())
                .map(row -> Results.counted(row, true, false)).toList();
        return wentMissing.isEmpty()
                ? new IndicatorResult(metadata(), IndicatorStatus.NO_CASES,
                        "no child looked after in the window went missing", values, counted)
                : IndicatorResult.computed(metadata(), values, counted);
    }
}
