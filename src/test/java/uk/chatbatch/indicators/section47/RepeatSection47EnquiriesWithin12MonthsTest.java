package uk.chatbatch.indicators.section47;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.chatbatch.annexa.AnnexAList.SECTION_47;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.S47_LAST_12_MONTHS;
import static uk.chatbatch.annexa.Field.S47_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

class RepeatSection47EnquiriesWithin12MonthsTest {

    /** T = 31 Jan 2025: the window is 1 Aug 2024 to 31 Jan 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 1, 31));
    private static final String BREAKDOWN = "section 47 enquiries in the last 12 months";

    private final RepeatSection47EnquiriesWithin12Months indicator = new RepeatSection47EnquiriesWithin12Months();

    @ParameterizedTest(name = "{0}: {3} of {4}, group {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                       | start      | count | repeat | children | group
            one enquiry: this one                        | 2024-10-01 | 1     | 0      | 1        | 1
            two: a repeat                                | 2024-10-01 | 2     | 1      | 1        | 2
            six                                          | 2024-10-01 | 6     | 1      | 1        | 5 or more
            0 contradicts the enquiry: unknown           | 2024-10-01 | 0     | 0      | 1        | unknown
            blank: in the denominator only               | 2024-10-01 |       | 0      | 1        | unknown
            started on the first day of the window       | 2024-08-01 | 2     | 1      | 1        | 2
            started on T minus 6 months                  | 2024-07-31 | 2     | 0      | 0        | 2
            """)
    void readsTheLAsCountOnTheChildsEnquiryInTheWindow(String scenario, LocalDate start, Integer count,
                                                       long repeat, long children, String group) {
        IndicatorResult result = indicator.compute(only(SECTION_47, enquiry("C1", start, count, 2)), T);

        assertRatio(repeat, children, result);
        assertThat(result.values()).contains(IndicatorValue.percent(BREAKDOWN, group, children, children));
    }

    @Test
    void eachChildOnceByTheirLatestEnquiryInTheWindow() {
        IndicatorResult result = indicator.compute(only(SECTION_47,
                enquiry("C1", LocalDate.of(2024, 9, 1), 1, 2),       // C1's first: not read
                enquiry("C1", LocalDate.of(2024, 12, 1), 2, 3),      // C1's latest: 2, a repeat
                enquiry("C2", LocalDate.of(2024, 11, 1), 1, 4),      // C2: 1
                enquiry("C3", LocalDate.of(2024, 10, 1), 3, 5),      // C3: 3, a repeat
                enquiry("C4", LocalDate.of(2024, 10, 1), 1, 6)),     // C4: 1
                T);

        assertRatio(2, 4, result);
        assertThat(result.values()).containsExactly(
                IndicatorValue.percent("all", "all", 2, 4),
                IndicatorValue.percent(BREAKDOWN, "1", 2, 4),
                IndicatorValue.percent(BREAKDOWN, "2", 1, 4),
                IndicatorValue.percent(BREAKDOWN, "3", 1, 4),
                IndicatorValue.percent(BREAKDOWN, "4", 0, 4),
                IndicatorValue.percent(BREAKDOWN, "5 or more", 0, 4),
                IndicatorValue.percent(BREAKDOWN, "unknown", 0, 4));
        assertThat(result.counted()).extracting(CountedRecord::childId, r -> r.source().row(),
                CountedRecord::inNumerator).containsExactly(
                tuple("C1", 3, true), tuple("C2", 4, false), tuple("C3", 5, true), tuple("C4", 6, false));
    }

    private static TableRecord enquiry(String child, LocalDate start, Integer count, int excelRow) {
        return TableRecord.builder(SECTION_47, Origin.inSheet("test.xlsx", "List 5", excelRow))
                .set(CHILD_ID, child).set(S47_START_DATE, start).set(S47_LAST_12_MONTHS, count).build();
    }
}
