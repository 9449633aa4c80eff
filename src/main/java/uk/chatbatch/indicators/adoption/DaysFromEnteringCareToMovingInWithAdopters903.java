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
        id = "ADO-01-903",
        title = "A1: days from entering care to moving in with adopters (SSDA903)",
        definition = "The adoption scorecard's A1 from the SSDA903 Episodes table. For the children adopted in the 12"
                + " months ending on the period end (a period of care whose last episode has a DEC after the date 12"
                + " months before the period end, up to and including it, and reason ceased E11 or E12), the mean"
                + " number of calendar days from entering care (the start of that period of care, episodes joined"
                + " where one starts on the day the previous ended) to moving in with the adopters (the start of the"
                + " unbroken run of placed-for-adoption episodes, A3 to A6, in which the period ended; a temporary"
                + " placement within the run does not break it). Not adjusted for adoptions by foster carers, which"
                + " is A10 (ADO-03-903). A child whose last settled episode was not a placement for adoption is not"
                + " measured. The mean, not the median. The scorecard's last threshold was 426 days (14 months): a"
                + " mean above it is worse. The numerator is the number of children measured.",
        numerator = "children adopted in the window whose move to their adopters the episodes show",
        window = "12 months ending on the period end",
        ssda903 = {Ssda903Table.EPISODES},
        returnFields = {"CHILD", "DECOM", "RNE", "PLACE", "DEC", "REC"},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class DaysFromEnteringCareToMovingInWithAdopters903 implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<Long> days = new ArrayList<>();
        List<CountedRecord> counted = new ArrayList<>();
        for (Adoptions.Adoption adoption : Adoptions.inWindow(ChildrenLookedAfter.histories(data),
                Window.twelveMonths(context))) {
            adoption.movedInWithAdopters().ifPresent(placed -> {
                days.add(ChronoUnit.DAYS.between(adoption.period().start(), placed.start()));
                counted.add(Results.counted(adoption.period().last().row(), true, false));
            });
        }
        return Results.means(metadata(), List.of(Results.mean(IndicatorValue.ALL, IndicatorValue.ALL, days)),
                counted);
    }
}
