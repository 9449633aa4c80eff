package uk.chatbatch.indicators.adoption;

import uk.chatbatch.indicators.Results;
import uk.chatbatch.indicators.Window;
import uk.chatbatch.indicators.childrenincare.ChildrenLookedAfter;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903Table;

@IndicatorDefinition(
        id = "ADO-03-903",
        title = "A10: days from entering care to placement with adopters, adjusted for foster carer adoptions"
                + " (SSDA903)",
        definition = "The adoption scorecard's A10 from the SSDA903 Episodes table: as A1 (ADO-01-903), for the"
                + " children adopted in the 12 months ending on the period end, the mean number of calendar days"
                + " from entering care to moving in with the adopters, except that where the adopters were already"
                + " the child's carers (foster carers, including fostering for adoption or concurrent planning) the"
                + " clock stops when the child moved in with them as foster carers. The episodes show this: the"
                + " placement with the adopters is traced back through episodes with the same carers, that is"
                + " reasons for new episode T and U, and placed for adoption with the current foster carer (A3, A5),"
                + " to the episode that began it (a new period of care, or a reason P or B). Where the adopters were"
                + " new carers this is the same date as A1. A foster-carer adoption the LA recorded as a change of"
                + " carers (P or B into A4 or A6) is not adjusted. It measures exactly the children A1 measures: a"
                + " child adopted by foster carers, or after short breaks (V3, V4, which are not placements) with"
                + " them, is in both, only the end date differs. The scorecard's threshold was 426 days. The"
                + " numerator is the number of children measured.",
        numerator = "children adopted in the window whose move to their adopters the episodes show",
        window = "12 months ending on the period end",
        ssda903 = {Ssda903Table.EPISODES},
        returnFields = {"CHILD", "DECOM", "RNE", "PLACE", "DEC", "REC", "PL_POST", "URN"},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class DaysFromEnteringCareToPlacementAdjustedForFosterCarerAdoptions implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<Long> days = new ArrayList<>();
        List<CountedRecord> counted = new ArrayList<>();
        for (Adoptions.Adoption adoption : Adoptions.inWindow(ChildrenLookedAfter.histories(data),
                Window.twelveMonths(context))) {
            adoption.movedInWithAdopters().flatMap(e -> adoption.history().placementHolding(e)).ifPresent(placement -> {
                days.add(ChronoUnit.DAYS.between(adoption.period().start(), placement.start()));
                counted.add(Results.counted(adoption.period().last().row(), true, false));
            });
        }
        return Results.means(metadata(), List.of(Results.mean(IndicatorValue.ALL, IndicatorValue.ALL, days)),
                counted);
    }
}
