package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.S47_LAST_12_MONTHS;
import static uk.chatbatch.annexa.Field.S47_START_DATE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown.Band;
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

/** The drill-down has one record per child: the enquiry whose count was read. */
@IndicatorDefinition(
        id = "S47-05",
        title = "Children with repeat section 47 enquiries within 12 months",
        definition = "Of the distinct children (by Child Unique ID) with a section 47 enquiry in List 5 whose Strategy"
                + " discussion initiating Section 47 Enquiry Start Date is in the six months ending on the period"
                + " end, the percentage with 2 or more section 47 enquiries in the last 12 months by the LA's own"
                + " Number of Section 47 Enquiries in the last 12 months, read from the child's latest enquiry in the"
                + " window (on the same date, the later row). The count is read as including that enquiry; an LA"
                + " whose count leaves the current enquiry out (as the Standard Safeguarding Dataset extract does)"
                + " will show a lower figure. A child whose count is blank or was not a whole number is not counted"
                + " as a repeat but stays in the denominator. The breakdown section 47 enquiries in the last 12"
                + " months gives the percentage of the children with 1, 2, 3, 4, and 5 or more, and unknown (blank,"
                + " not a whole number, or 0, which contradicts the enquiry itself); it adds up to 100%, zero groups"
                + " included. Children are counted, not enquiries.",
        numerator = "children with an enquiry in the window and 2 or more enquiries in the last 12 months",
        denominator = "children with a section 47 enquiry starting in the window",
        window = "six months ending on the period end; the count field looks back 12 months",
        source = AnnexAList.SECTION_47,
        fields = {CHILD_ID, S47_START_DATE, S47_LAST_12_MONTHS},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.MUL,
        breakdowns = {@By(RepeatSection47EnquiriesWithin12Months.BREAKDOWN)})
public class RepeatSection47EnquiriesWithin12Months implements Indicator {

    static final String BREAKDOWN = "section 47 enquiries in the last 12 months";
    static final int REPEAT = 2;

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        Map<String, TableRecord> latest = new LinkedHashMap<>();
        for (TableRecord enquiry : data.rows(AnnexAList.SECTION_47)) {
            if (context.period().inWindow(enquiry.date(S47_START_DATE))) {
                latest.merge(enquiry.childId(), enquiry,
                        (kept, next) -> next.date(S47_START_DATE).isBefore(kept.date(S47_START_DATE)) ? kept : next);
            }
        }
        List<TableRecord> children = List.copyOf(latest.values());
        List<CountedRecord> counted = children.stream()
                .map(r -> CountedRecord.of(r, isRepeat(r), true)).toList();
        long repeats = counted.stream().filter(CountedRecord::inNumerator).count();

        Breakdown<TableRecord> enquiries = Breakdown.bands(BREAKDOWN, List.of(new Band("1", 1, 1), new Band("2", 2, 2),
                new Band("3", 3, 3), new Band("4", 4, 4), new Band("5 or more", 5, Integer.MAX_VALUE)),
                r -> r.integer(S47_LAST_12_MONTHS));
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, repeats, children.size()));
        for (Map.Entry<String, Long> group : enquiries.tally(children).entrySet()) {
            values.add(IndicatorValue.percent(BREAKDOWN, group.getKey(), group.getValue(), children.size()));
        }
        return IndicatorResult.computed(metadata(), values, counted);
    }

    private static boolean isRepeat(TableRecord enquiry) {
        Integer enquiries = enquiry.integer(S47_LAST_12_MONTHS);
        return enquiries != null && enquiries >= REPEAT;
    }
}
