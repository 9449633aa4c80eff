package uk.chatbatch.indicators.specialguardianship;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Codes;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Shapes;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childrenincare.ChildrenLookedAfter;
import uk.chatbatch.indicators.childrenincare.PeriodOfCare;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.CodeSets;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * Child arrangements orders are reported beside the total, not in it, so the breakdown "child arrangements orders"
 * is not a split of the headline, as in the Annex A SGO-01.
 */
@IndicatorDefinition(
        id = "SGO-01-903",
        twin = "SGO-01",
        title = "Children leaving care on a special guardianship order (SSDA903)",
        definition = "The children who ceased to be looked after in the six months ending on the period end (after"
                + " the date six months before it, up to and including it) on a special guardianship order, from the"
                + " SSDA903 Episodes table: the last episode of a period of care with its DEC in the window and a"
                + " reason ceased of E45 or E46 (to former foster carers, relative or friend and other), E47 or E48"
                + " (to other carers, relative or friend and other), or the codes used before 2017-18, E43 (former"
                + " foster carers) and E44 (other). Children are counted as CLA-03-903 counts them: once, at their"
                + " last ceasing in the window, short breaks left out. Shown by reason and by carer (former foster"
                + " carers: E45, E46, E43; other carers: E47, E48, E44). Reported alongside, not in the total: the"
                + " children ceasing in the same window on a residence or child arrangements order (E41). The same"
                + " six months as the Annex A SGO-01.",
        numerator = "children ceasing care in the window on a special guardianship order",
        window = "six months ending on the period end",
        ssda903 = {Ssda903Table.EPISODES},
        returnFields = {"CHILD", "DECOM", "RNE", "LS", "DEC", "REC"},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By("reason ceased"), @By("carer"), @By("child arrangements orders")})
public class SpecialGuardianshipOrdersForChildrenLookedAfter903 implements Indicator {


    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<PeriodOfCare> ceased = ChildrenLookedAfter.lastCeasings(ChildrenLookedAfter.histories(data),
                context.period().window());
        List<PeriodOfCare> sgo = ceased.stream().filter(p -> Codes.oneOf(CodeSets.SPECIAL_GUARDIANSHIP, p.reasonCeased())).toList();
        Breakdown<PeriodOfCare> reason = new Breakdown<>("reason ceased", CodeSets.SPECIAL_GUARDIANSHIP, PeriodOfCare::reasonCeased);
        Breakdown<PeriodOfCare> carer = new Breakdown<>("carer", List.of("former foster carers", "other carers"),
                p -> Codes.oneOf(CodeSets.SPECIAL_GUARDIANSHIP_FORMER_FOSTER_CARERS, p.reasonCeased())
                        ? "former foster carers" : "other carers");
        Breakdown<PeriodOfCare> childArrangements = new Breakdown<>("child arrangements orders",
                List.of(CodeSets.CHILD_ARRANGEMENTS_ORDER), PeriodOfCare::reasonCeased);
        Breakdown.asDeclared(metadata(), List.of(reason, carer, childArrangements));
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, sgo.size()));
        for (Breakdown<PeriodOfCare> breakdown : List.of(reason, carer)) {
            breakdown.tally(sgo).forEach((group, n) -> values.add(IndicatorValue.count(breakdown.name(), group, n)));
        }
        childArrangements.tally(ceased.stream().filter(p -> CodeSets.CHILD_ARRANGEMENTS_ORDER.equals(p.reasonCeased()))
                .toList()).forEach((group, n) -> values.add(IndicatorValue.count(childArrangements.name(), group, n)));
        return IndicatorResult.computed(metadata(), values,
                sgo.stream().map(p -> Shapes.counted(p.last().row(), true, false)).toList());
    }
}
