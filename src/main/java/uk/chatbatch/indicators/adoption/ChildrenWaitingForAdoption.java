package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.ENTERED_CARE_DATE;
import static uk.chatbatch.annexa.Field.NO_LONGER_PLACED_DECISION_DATE;
import static uk.chatbatch.annexa.Field.PLACED_FOR_ADOPTION_DATE;
import static uk.chatbatch.annexa.Field.PLACEMENT_ORDER_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.Breakdown;
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

/** Not a {@link uk.chatbatch.indicators.CountOfRecords}: its breakdowns measure waiting up to the period end. */
@IndicatorDefinition(
        id = "ADO-06",
        title = "Children with a placement order waiting to be placed for adoption",
        definition = "The number of children on List 10 waiting at the period end: a Date of Placement Order on or"
                + " before the period end, and none of a Date Placed for Adoption, a Date of Adoption Order or a"
                + " Date of Decision that Child Should No Longer be Placed for Adoption on or before it. A child"
                + " matched but not yet placed is still waiting. Of these, shown by how long since entering care"
                + " ('18 months or more' when the Date the Child Entered Care is on or before the period end minus"
                + " 18 calendar months, unknown when blank) and since the placement order ('12 months or more' when"
                + " the order is on or before the period end minus 12 months), and by age at the period end in"
                + " the DfE bands (from the Date of Birth; unknown when blank). Records are counted; List 10 has"
                + " one row per child and decision.",
        numerator = "children with a placement order not placed, adopted or withdrawn from adoption at the period end",
        window = "at the period end",
        source = AnnexAList.ADOPTION,
        fields = {PLACEMENT_ORDER_DATE, PLACED_FOR_ADOPTION_DATE, ADOPTION_ORDER_DATE,
                NO_LONGER_PLACED_DECISION_DATE, ENTERED_CARE_DATE, DATE_OF_BIRTH},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("since entering care"), @By("since placement order"), @By("age band")})
public class ChildrenWaitingForAdoption implements Indicator {

    static final int LONG_WAIT_SINCE_ENTERING_CARE_MONTHS = 18;
    static final int LONG_WAIT_SINCE_PLACEMENT_ORDER_MONTHS = 12;

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        LocalDate periodEnd = context.period().periodEnd();
        List<TableRecord> waiting = data.rows(AnnexAList.ADOPTION).stream()
                .filter(child -> isWaiting(child, periodEnd)).toList();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, waiting.size()));
        for (Breakdown<TableRecord> breakdown : List.of(
                waitedSince("since entering care", ENTERED_CARE_DATE, LONG_WAIT_SINCE_ENTERING_CARE_MONTHS, periodEnd),
                waitedSince("since placement order", PLACEMENT_ORDER_DATE, LONG_WAIT_SINCE_PLACEMENT_ORDER_MONTHS,
                        periodEnd),
                Breakdown.ageBand(child -> periodEnd))) {
            breakdown.tally(waiting).forEach((group, n) -> values.add(IndicatorValue.count(breakdown.name(), group, n)));
        }
        return IndicatorResult.computed(metadata(), values,
                waiting.stream().map(c -> CountedRecord.of(c, true, false)).toList());
    }

    static boolean isWaiting(TableRecord child, LocalDate periodEnd) {
        return onOrBefore(child.date(PLACEMENT_ORDER_DATE), periodEnd)
                && !onOrBefore(child.date(PLACED_FOR_ADOPTION_DATE), periodEnd)
                && !onOrBefore(child.date(ADOPTION_ORDER_DATE), periodEnd)
                && !onOrBefore(child.date(NO_LONGER_PLACED_DECISION_DATE), periodEnd);
    }

    private static boolean onOrBefore(LocalDate date, LocalDate periodEnd) {
        return date != null && !date.isAfter(periodEnd);
    }

    private static Breakdown<TableRecord> waitedSince(String name, Field since, int months, LocalDate periodEnd) {
        String longWait = months + " months or more";
        String shorter = "under " + months + " months";
        LocalDate cutOff = periodEnd.minusMonths(months);
        return new Breakdown<TableRecord>(name, List.of(shorter, longWait, Breakdown.UNKNOWN), child -> {
            LocalDate date = child.date(since);
            if (date == null) {
                return Breakdown.UNKNOWN;
            }
            return date.isAfter(cutOff) ? shorter : longWait;
        });
    }
}
