package uk.chatbatch.indicators.careleavers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of DfE's care-leaver outcome measures: of the young people on List 9 aged 19 to 21 at the period
 * end, the percentage with an outcome. Not a {@link uk.chatbatch.indicators.PercentOfRecords}: the headline is
 * one age group while some breakdowns (the other age groups) reach outside it. The drill-down holds the
 * 19 to 21 year olds.
 */
abstract class PercentOfCareLeavers19To21 implements Indicator {

    /** Whether a care leaver has the outcome measured. */
    protected abstract boolean inNumerator(TableRecord careLeaver);

    /** Rows after the headline, in the order the definition declares its breakdowns. */
    protected abstract List<IndicatorValue> breakdownRows(List<TableRecord> careLeavers,
                                                          List<TableRecord> aged19To21, LocalDate periodEnd);

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        LocalDate periodEnd = context.period().periodEnd();
        List<TableRecord> careLeavers = data.rows(AnnexAList.CARE_LEAVERS);
        List<TableRecord> aged19To21 = new ArrayList<>();
        List<CountedRecord> counted = new ArrayList<>();
        long numerator = 0;
        for (TableRecord careLeaver : careLeavers) {
            if (CareLeaverAgeGroups.aged19To21(careLeaver, periodEnd)) {
                aged19To21.add(careLeaver);
                boolean in = inNumerator(careLeaver);
                numerator += in ? 1 : 0;
                counted.add(CountedRecord.of(careLeaver, in, true));
            }
        }
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, numerator, aged19To21.size()));
        values.addAll(breakdownRows(careLeavers, aged19To21, periodEnd));
        return IndicatorResult.computed(metadata(), values, counted);
    }

    /** For each age group of all care leavers, the percentage of the group with the outcome. */
    protected List<IndicatorValue> percentByAgeGroup(List<TableRecord> careLeavers, LocalDate periodEnd) {
        return percentWithin(CareLeaverAgeGroups.breakdown(periodEnd), careLeavers, this::inNumerator);
    }

    /** For each group of the breakdown, the percentage of the records in it meeting the condition. */
    static List<IndicatorValue> percentWithin(Breakdown<TableRecord> breakdown, List<TableRecord> records,
                                              Predicate<TableRecord> condition) {
        Map<String, Long> top = breakdown.tally(records.stream().filter(condition).toList());
        List<IndicatorValue> rows = new ArrayList<>();
        breakdown.tally(records).forEach((group, n) ->
                rows.add(IndicatorValue.percent(breakdown.name(), group, top.get(group), n)));
        return rows;
    }

    /** For each group of the breakdown, its records as a percentage of all the records: the groups add up to 100. */
    static List<IndicatorValue> shareOf(Breakdown<TableRecord> breakdown, List<TableRecord> records) {
        List<IndicatorValue> rows = new ArrayList<>();
        breakdown.tally(records).forEach((group, n) ->
                rows.add(IndicatorValue.percent(breakdown.name(), group, n, records.size())));
        return rows;
    }
}
