package uk.chatbatch.indicators.adopters;

import static uk.chatbatch.annexa.AnnexAList.ADOPTERS;
import static uk.chatbatch.annexa.Field.ADOPTER_ID;
import static uk.chatbatch.annexa.Field.STAGE1_END_DATE;
import static uk.chatbatch.annexa.Field.STAGE1_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class StageOneWithinTwoMonthsTest {

    /** T = 31 Mar 2025: the window is 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final StageOneWithinTwoMonths indicator = new StageOneWithinTwoMonths();

    @ParameterizedTest(name = "{0}: in time {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | started    | ended      | in time | ended in window
            ended exactly 2 months after starting           | 2024-07-15 | 2024-09-15 | 1       | 1
            ended 2 months and a day after: late            | 2024-07-15 | 2024-09-16 | 0       | 1
            ended the day it started                        | 2024-07-15 | 2024-07-15 | 1       | 1
            started 31 Dec: 28 Feb is the last day          | 2024-12-31 | 2025-02-28 | 1       | 1
            started 31 Dec: 1 Mar is late                   | 2024-12-31 | 2025-03-01 | 0       | 1
            ended before it started: left out               | 2024-07-15 | 2024-07-14 | 0       | 0
            no start date: left out                         |            | 2024-09-15 | 0       | 0
            ended 12 months before T: outside the window    | 2024-01-31 | 2024-03-31 | 0       | 0
            ended on the window's first day                 | 2024-02-01 | 2024-04-01 | 1       | 1
            not ended                                       | 2025-03-01 |            | 0       | 0
            """)
    void countsStageOnesEndedWithinTwoCalendarMonths(String scenario, LocalDate started, LocalDate ended,
                                                     long inTime, long endedInWindow) {
        assertRatio(inTime, endedInWindow, indicator.compute(only(ADOPTERS, row(ADOPTERS).set(ADOPTER_ID, "A1")
                .set(STAGE1_START_DATE, started).set(STAGE1_END_DATE, ended).build()), T));
    }
}
