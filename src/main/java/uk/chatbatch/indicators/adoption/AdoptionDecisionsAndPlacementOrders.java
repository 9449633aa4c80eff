package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.Field.PLACEMENT_ORDER_DATE;
import static uk.chatbatch.annexa.Field.SHOULD_BE_PLACED_DECISION_DATE;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.Window;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/** Two monthly series from one list: decisions (the headline) and placement orders, each by its own date. */
@IndicatorDefinition(
        id = "ADO-05",
        title = "Decisions that a child should be placed for adoption, and placement orders",
        definition = "The number of rows on List 10 whose Date of Decision that Child Should be Placed for Adoption"
                + " is in the 12 months ending on the period end (after the date 12 months before it, up to and"
                + " including it), by calendar month of the decision (breakdown 'month'; the first month is usually"
                + " partial). Beside it, the placement orders in the same 12 months, by month of the Date of"
                + " Placement Order (breakdown 'placement orders by month'); their total is the sum of the months."
                + " A placement order is counted whenever the decision was made, and a decision whatever followed"
                + " it. Records are counted; List 10 has one row per child and decision.",
        numerator = "decisions that a child should be placed for adoption in the window",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTION,
        fields = {SHOULD_BE_PLACED_DECISION_DATE, PLACEMENT_ORDER_DATE},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.TRD,
        breakdowns = {@By(value = "month", kind = BreakdownKind.MONTH), @By("placement orders by month")})
public class AdoptionDecisionsAndPlacementOrders implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        Window window = context.period().lastMonths(12);
        List<TableRecord> children = data.rows(AnnexAList.ADOPTION);
        List<TableRecord> decisions = children.stream()
                .filter(c -> window.contains(c.date(SHOULD_BE_PLACED_DECISION_DATE))).toList();
        List<TableRecord> placementOrders = children.stream()
                .filter(c -> window.contains(c.date(PLACEMENT_ORDER_DATE))).toList();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, decisions.size()));
        Breakdown<TableRecord> decisionMonth = Breakdown.month("month", SHOULD_BE_PLACED_DECISION_DATE, window.firstDay(), window.end());
        decisionMonth.tally(decisions).forEach((m, n) -> values.add(IndicatorValue.count(decisionMonth.name(), m, n)));
        Breakdown<TableRecord> orderMonth = Breakdown.month("placement orders by month", PLACEMENT_ORDER_DATE, window.firstDay(), window.end());
        orderMonth.tally(placementOrders).forEach((m, n) -> values.add(IndicatorValue.count(orderMonth.name(), m, n)));
        return IndicatorResult.computed(metadata(), values,
                decisions.stream().map(c -> CountedRecord.of(c, true, false)).toList());
    }
}
