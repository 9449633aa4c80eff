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
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903Table;
import uk.chatbatch.indicators.IndicatorDefinition.By;

@IndicatorDefinition(
        id = "CLA-07-903",
        title = "Children looked after with three or more placements in 12 months (SSDA903)",
        definition = "DfE's short-term stability measure from the SSDA903 Episodes table. Of the children looked after"
                + " at the period end, as CLA-01-903 counts them (short breaks left out), the percentage who had three"
                + " or more placements in the 12 months ending on the period end. Placements are counted from the"
                + " episodes, not taken from a supplied figure: the placement held on the window's first day counts,"
                + " and so does each placement started in the window. A new placement starts with the first episode"
                + " of a period of care that is not temporary, and then with each episode whose reason for new"
                + " episode is P (new placement and carers) or B (new legal status, placement and carers). Not a new"
                + " placement: L (legal status only), T and U (placement changed, same carers), a move to placed for"
                + " adoption with the current foster carer (A3, A5), a temporary placement (T0 to T4: not counted,"
                + " and not ending the placement before it), and a return after a temporary placement to the same"
                + " placement (same placement type, URN and placement postcode). Placements in earlier periods of"
                + " care within the 12 months count too; short-break episodes (V3, V4) are not placements. Also by"
                + " the group of the placement held at the period end: " + PlacementTypeGroups.DESCRIPTION + ".",
        numerator = "children looked after at the period end with 3 or more placements in the last 12 months",
        denominator = "children looked after at the period end",
        window = "at the period end; placements in the 12 months ending on it",
        ssda903 = {Ssda903Table.EPISODES},
        returnFields = {"CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC", "PL_POST", "URN"},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("placement group")})
public class ThreeOrMorePlacementsInTwelveMonths903 implements Indicator {

    static final int PLACEMENTS = 3;

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        Window twelveMonths = Window.twelveMonths(context);
        List<ChildrenLookedAfter.AtPeriodEnd> children = ChildrenLookedAfter.atPeriodEnd(
                ChildrenLookedAfter.histories(data), context.period().periodEnd());
        return Results.percent(metadata(), children,
                c -> c.history().placementsDuring(twelveMonths) >= PLACEMENTS,
                List.of(PlacementTypeGroups.grouping(c -> c.episode().placementType())), c -> c.episode().row());
    }
}
