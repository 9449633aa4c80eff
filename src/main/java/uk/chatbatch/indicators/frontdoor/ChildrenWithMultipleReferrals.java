package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRALS_LAST_12_MONTHS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * Not a {@link uk.chatbatch.indicators.ChildrenWithMultipleRecords}: the number per child is the LA's own
 * count field, not the rows in the list, and the headline is the children with 2 or more, not all children, so
 * that "lower is better" reads right. The drill-down has one record per child referred in the window, the one
 * whose count was read, in the numerator when that count is 2 or more.
 */
@IndicatorDefinition(
        id = "REF-07",
        title = "Children with multiple referrals in 12 months",
        definition = "The number of distinct children (by Child Unique ID) with a referral in List 3 dated in the six"
                + " months ending on the period end who had 2 or more referrals in the last 12 months by the LA's own"
                + " Number of Referrals in Last 12 Months, read from the child's latest referral in the window (on the"
                + " same date, the later row). The count is read as including that referral, as the column's name and"
                + " REF-02's shortcut (more than 1 means a re-referral) take it; an LA that counts only earlier"
                + " referrals will show children one group lower. The breakdown referrals in the last 12 months gives"
                + " every child referred in the window by their count: 1, 2, 3, 4, 5 or more, and unknown for a"
                + " blank count, one that was not a whole number, or 0 (which contradicts the referral itself); every"
                + " group is shown, zero included, and the groups add up to all children referred in the window.",
        numerator = "children referred in the window with 2 or more referrals in the last 12 months",
        window = "six months ending on the period end; the count field looks back 12 months",
        source = AnnexAList.REFERRALS,
        fields = {CHILD_ID, DATE_OF_REFERRAL, REFERRALS_LAST_12_MONTHS},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.MUL,
        breakdowns = {@By(ChildrenWithMultipleReferrals.BREAKDOWN)})
public class ChildrenWithMultipleReferrals implements Indicator {

    static final String BREAKDOWN = "referrals in the last 12 months";
    static final int MULTIPLE = 2;

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<TableRecord> children = SharesOfRecords.latestPerChild(data.rows(AnnexAList.REFERRALS).stream()
                .filter(r -> context.period().inWindow(r.date(DATE_OF_REFERRAL))).toList(), DATE_OF_REFERRAL);
        Breakdown<TableRecord> referrals = Breakdown.bands(BREAKDOWN, List.of(new Breakdown.Band("1", 1, 1),
                new Breakdown.Band("2", 2, 2), new Breakdown.Band("3", 3, 3), new Breakdown.Band("4", 4, 4),
                new Breakdown.Band("5 or more", 5, Integer.MAX_VALUE)), r -> r.integer(REFERRALS_LAST_12_MONTHS));
        List<IndicatorValue> values = new ArrayList<>();
        List<CountedRecord> counted = children.stream().map(r -> CountedRecord.of(r, isMultiple(r), false)).toList();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL,
                counted.stream().filter(CountedRecord::inNumerator).count()));
        for (Map.Entry<String, Long> group : referrals.tally(children).entrySet()) {
            values.add(IndicatorValue.count(BREAKDOWN, group.getKey(), group.getValue()));
        }
        return IndicatorResult.computed(metadata(), values, counted);
    }

    private static boolean isMultiple(TableRecord referral) {
        Integer referrals = referral.integer(REFERRALS_LAST_12_MONTHS);
        return referrals != null && referrals >= MULTIPLE;
    }
}
