package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        id = "CLA-08-903",
        title = "Long-term placement stability (SSDA903)",
        definition = "DfE's long-term stability measure from the SSDA903 Episodes and Header tables. Of the children"
                + " looked after at the period end, as CLA-01-903 counts them (short breaks left out), who are under"
                + " 16 at the period end (completed years from the Header date of birth; a child with no Header date"
                + " of birth is left out) and have been looked after continuously for two and a half years or more"
                + " (the period of care open at the period end started on or before the date 30 calendar months"
                + " before it), the percentage who have lived in the same placement for two years or more (the"
                + " placement held at the period end started on or before the date two years before it). A"
                + " placement is traced through the episodes as CLA-07-903 traces it, so it carries on through a"
                + " change of legal status, a change of placement with the same carers (T, U), a temporary"
                + " placement and the return from it; and a child placed for adoption with their own foster carers"
                + " (A3, A5) counts the foster placement and the adoptive placement together, as DfE does.",
        numerator = "of those, children in the same placement for two years or more",
        denominator = "children under 16 looked after at the period end for two and a half years or more",
        window = "at the period end",
        ssda903 = {Ssda903Table.EPISODES, Ssda903Table.HEADER},
        returnFields = {"CHILD", "DOB", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC", "PL_POST", "URN"},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class LongTermPlacementStability903 implements Indicator {

    static final int UNDER_AGE = 16;
    static final int LOOKED_AFTER_MONTHS = 30;
    static final int SAME_PLACEMENT_YEARS = 2;

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        LocalDate periodEnd = context.period().periodEnd();
        Map<String, LocalDate> born = ChildrenLookedAfter.datesOfBirth(data);
        List<ChildrenLookedAfter.AtPeriodEnd> cohort = ChildrenLookedAfter.atPeriodEnd(
                ChildrenLookedAfter.histories(data), periodEnd).stream()
                .filter(c -> {
                    Integer age = ChildrenLookedAfter.age(born.get(c.history().child()), periodEnd);
                    return age != null && age < UNDER_AGE;
                })
                .filter(c -> c.history().periodOn(periodEnd)
                        .filter(p -> !p.start().plusMonths(LOOKED_AFTER_MONTHS).isAfter(periodEnd)).isPresent())
                .toList();
        return Results.percent(metadata(), cohort, c -> c.history().placementOn(periodEnd)
                        .filter(p -> !p.start().plusYears(SAME_PLACEMENT_YEARS).isAfter(periodEnd)).isPresent(),
                List.of(), c -> c.episode().row());
    }
}
