package uk.chatbatch.indicators.adoption;

import uk.chatbatch.indicators.Codes;
import uk.chatbatch.indicators.Results;
import uk.chatbatch.indicators.Window;
import uk.chatbatch.indicators.childrenincare.ChildrenLookedAfter;
import uk.chatbatch.indicators.childrenincare.PeriodOfCare;

import java.util.List;
import java.util.Set;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903Table;

@IndicatorDefinition(
        id = "ADO-07-903",
        title = "Children ceasing care who were adopted (SSDA903)",
        definition = "Of the children who ceased to be looked after in the 12 months ending on the period end (after"
                + " the date 12 months before it, up to and including it), the percentage who ceased because they"
                + " were adopted: reason ceased E11 (adoption, application unopposed) or E12 (adoption, consent"
                + " dispensed with). Children ceasing are counted as CLA-03-903 counts them, over 12 months: from the"
                + " SSDA903 Episodes table, the last episode of a period of care with a DEC in the window and a REC"
                + " other than X1, each child once at the last occasion (the latest DEC, not the latest start), short breaks (V3, V4) left out. With the"
                + " period end on 31 March this is DfE's adoptions as a share of children ceasing in the year. The"
                + " numerator is the number of adoptions.",
        numerator = "children adopted (E11, E12) in the window",
        denominator = "children ceasing to be looked after in the window",
        window = "12 months ending on the period end",
        ssda903 = {Ssda903Table.EPISODES},
        returnFields = {"CHILD", "DECOM", "RNE", "LS", "DEC", "REC"},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class AdoptedShareOfChildrenCeasingCare implements Indicator {

    public static final Set<String> ADOPTED = Set.of("E11", "E12");

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<PeriodOfCare> ceased = ChildrenLookedAfter.lastCeasings(ChildrenLookedAfter.histories(data),
                Window.twelveMonths(context));
        return Results.percent(metadata(), ceased, p -> Codes.oneOf(ADOPTED, p.reasonCeased()), List.of(),
                p -> p.last().row());
    }
}
