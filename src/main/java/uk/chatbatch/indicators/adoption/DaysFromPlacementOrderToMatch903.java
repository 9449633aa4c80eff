package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.ssda903.Ssda903Field.DATE_MATCH;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.calendar.Window;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Shapes;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childrenincare.CareEpisode;
import uk.chatbatch.indicators.childrenincare.ChildrenLookedAfter;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

@IndicatorDefinition(
        id = "ADO-02-903",
        twin = "ADO-02",
        title = "A2: days from placement order to match with adopters (SSDA903)",
        definition = "The adoption scorecard's A2 from the SSDA903 Episodes and AD1 tables. For the children adopted"
                + " in the 12 months ending on the period end (as ADO-01-903 finds them: a period of care ending"
                + " with reason ceased E11 or E12 in the window), the mean number of calendar days from the court's"
                + " authority to place, taken as the start of the period's first episode with legal status E1"
                + " (placement order) or D1 (the freeing order before December 2005), to the date the child was"
                + " matched with the adopters (AD1 DATE_MATCH for the child); a match before the order counts as 0"
                + " days. Children placed with parental consent and no order, and children with no AD1 match date,"
                + " are not measured: the AD1 and PlacedAdoption tables give no date of court authority, so the"
                + " placement order comes from the episodes. The scorecard's last threshold was 121 days (4 months):"
                + " a mean above it is worse. The numerator is the number of children measured.",
        numerator = "children adopted in the window with a placement order and a match date",
        window = "12 months ending on the period end",
        ssda903 = {Ssda903Table.EPISODES, Ssda903Table.AD1},
        returnFields = {"CHILD", "DECOM", "LS", "DEC", "REC", "DATE_MATCH"},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class DaysFromPlacementOrderToMatch903 implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        Map<String, TableRecord> ad1 = new HashMap<>();
        data.returns().ssda903(Ssda903Table.AD1).forEach(row -> ad1.put(row.childId(), row));
        List<Long> days = new ArrayList<>();
        List<CountedRecord> counted = new ArrayList<>();
        for (Adoptions.Adoption adoption : Adoptions.inWindow(ChildrenLookedAfter.histories(data),
                context.period().lastMonths(12))) {
            Optional<CareEpisode> order = adoption.placementOrder();
            TableRecord decision = ad1.get(adoption.period().child());
            LocalDate matched = decision == null ? null : decision.date(DATE_MATCH);
            if (order.isPresent() && matched != null) {
                days.add(Math.max(0, ChronoUnit.DAYS.between(order.get().start(), matched)));
                counted.add(Shapes.counted(decision, true, false));
            }
        }
        return Shapes.means(metadata(), List.of(Shapes.mean(IndicatorValue.ALL, IndicatorValue.ALL, days)),
                counted);
    }
}
