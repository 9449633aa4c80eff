package uk.chatbatch.indicators.adopters;

import static uk.chatbatch.annexa.Field.ADOPTER_LEFT_DATE;
import static uk.chatbatch.annexa.Field.ADOPTER_MATCHED_DATE;
import static uk.chatbatch.annexa.Field.ADOPTER_PLACED_DATE;
import static uk.chatbatch.annexa.Field.APPLICATION_APPROVED_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
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

/** Not a {@link uk.chatbatch.indicators.CountOfRecords}: how long they have waited is measured to the period end. */
@IndicatorDefinition(
        id = "ADR-05",
        title = "Approved adopters waiting to be matched",
        definition = "The number of adopters on List 11 approved and not matched at the period end: a Date"
                + " application approved on or before the period end, and none of a Date adopter matched with"
                + " child(ren), a Date child/children placed with adopter(s) or a Date of leaving adoption process on"
                + " or before it. Shown by how long since approval: 'more than 3 months' when approved before the"
                + " period end minus 3 calendar months (the scorecard's A12 asks the same of adopters waiting), '3"
                + " months or less' otherwise, so one approved exactly 3 months before is not yet counted as more."
                + " Records (individual adopters) are counted.",
        numerator = "approved adopters not matched, placed or left at the period end",
        window = "at the period end",
        source = AnnexAList.ADOPTERS,
        fields = {APPLICATION_APPROVED_DATE, ADOPTER_MATCHED_DATE, ADOPTER_PLACED_DATE, ADOPTER_LEFT_DATE},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By("waiting")})
public class ApprovedAdoptersWaiting implements Indicator {

    static final int LONG_WAIT_MONTHS = 3;

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        LocalDate periodEnd = context.period().periodEnd();
        List<TableRecord> waiting = data.rows(AnnexAList.ADOPTERS).stream()
                .filter(adopter -> isWaiting(adopter, periodEnd)).toList();
        LocalDate cutOff = periodEnd.minusMonths(LONG_WAIT_MONTHS);
        Breakdown<TableRecord> howLong = new Breakdown<TableRecord>("waiting", List.of("3 months or less", "more than 3 months"),
                adopter -> adopter.date(APPLICATION_APPROVED_DATE).isBefore(cutOff) ? "more than 3 months"
                        : "3 months or less");
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, waiting.size()));
        howLong.tally(waiting).forEach((group, n) -> values.add(IndicatorValue.count(howLong.name(), group, n)));
        return IndicatorResult.computed(metadata(), values,
                waiting.stream().map(a -> CountedRecord.of(a, true, false)).toList());
    }

    static boolean isWaiting(TableRecord adopter, LocalDate periodEnd) {
        return onOrBefore(adopter.date(APPLICATION_APPROVED_DATE), periodEnd)
                && !onOrBefore(adopter.date(ADOPTER_MATCHED_DATE), periodEnd)
                && !onOrBefore(adopter.date(ADOPTER_PLACED_DATE), periodEnd)
                && !onOrBefore(adopter.date(ADOPTER_LEFT_DATE), periodEnd);
    }

    private static boolean onOrBefore(LocalDate date, LocalDate periodEnd) {
        return date != null && !date.isAfter(periodEnd);
    }
}
