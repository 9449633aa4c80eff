package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Results;
import uk.chatbatch.indicators.Window;

import java.time.LocalDate;
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

@IndicatorDefinition(
        id = "CLA-07B",
        title = "Children looked after for two years with three or more placements over two years",
        definition = "DfE's two-year stability measure from the SSDA903 Episodes table. Of the children looked after at"
                + " the period end, as CLA-01-903 counts them (short breaks left out), who have been looked after"
                + " continuously for two years or more (the period of care open at the period end started on or before"
                + " the date two years before it), the percentage who had three or more placements in the 24 months"
                + " ending on the period end. Placements are counted from the episodes exactly as CLA-07-903 counts"
                + " them (a new placement is a new period of care or a reason for new episode P or B; temporary"
                + " placements, changes with the same carers, A3 and A5, and returns after a temporary placement are"
                + " not), over 24 months instead of 12. The period of care joins episodes that start on the day the"
                + " previous one ended, unless the new one is a start (S).",
        numerator = "of those, children with 3 or more placements in the last two years",
        denominator = "children looked after at the period end, continuously for two years or more",
        window = "at the period end; placements in the 24 months ending on it",
        ssda903 = {Ssda903Table.EPISODES},
        returnFields = {"CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC", "PL_POST", "URN"},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class ThreeOrMorePlacementsInTwoYears implements Indicator {

    static final int YEARS_LOOKED_AFTER = 2;

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        LocalDate periodEnd = context.period().periodEnd();
        Window twoYears = Window.months(context, 12 * YEARS_LOOKED_AFTER);
        List<ChildrenLookedAfter.AtPeriodEnd> children = ChildrenLookedAfter.atPeriodEnd(
                ChildrenLookedAfter.histories(data), periodEnd).stream()
                .filter(c -> c.history().periodOn(periodEnd)
                        .filter(p -> !p.start().plusYears(YEARS_LOOKED_AFTER).isAfter(periodEnd)).isPresent())
                .toList();
        return Results.percent(metadata(), children,
                c -> c.history().placementsDuring(twoYears) >= ThreeOrMorePlacementsInTwelveMonths903.PLACEMENTS,
                List.of(), c -> c.episode().row());
    }
}
