package uk.chatbatch.indicators.adopters;

import static uk.chatbatch.annexa.AnnexAList.ADOPTERS;
import static uk.chatbatch.annexa.Field.ADOPTER_ID;
import static uk.chatbatch.annexa.Field.STAGE1_END_DATE;
import static uk.chatbatch.annexa.Field.STAGE1_START_DATE;
import static uk.chatbatch.annexa.Field.STAGE2_END_DATE;
import static uk.chatbatch.annexa.Field.STAGE2_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

class StageTwoWithinFourMonthsTest {

    /** T = 31 Mar 2025: the window is 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final StageTwoWithinFourMonths indicator = new StageTwoWithinFourMonths();

    @ParameterizedTest(name = "{0}: in time {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | started    | ended      | in time | ended in window
            ended exactly 4 months after starting         | 2024-07-15 | 2024-11-15 | 1       | 1
            ended 4 months and a day after: late          | 2024-07-15 | 2024-11-16 | 0       | 1
            started 31 Oct: 28 Feb is the last day        | 2024-10-31 | 2025-02-28 | 1       | 1
            started 31 Oct: 1 Mar is late                 | 2024-10-31 | 2025-03-01 | 0       | 1
            ended before it started: left out             | 2024-07-15 | 2024-07-01 | 0       | 0
            ended after T: outside the window             | 2025-01-15 | 2025-04-01 | 0       | 0
            """)
    void countsStageTwosEndedWithinFourCalendarMonths(String scenario, LocalDate started, LocalDate ended,
                                                      long inTime, long endedInWindow) {
        assertRatio(inTime, endedInWindow, indicator.compute(only(ADOPTERS, stage2("A1", started, ended)), T));
    }

    @Test
    void stageOneDatesPlayNoPart() {
        TableRecord adopter = row(ADOPTERS).set(ADOPTER_ID, "A1")
                .set(STAGE1_START_DATE, LocalDate.of(2024, 1, 1)).set(STAGE1_END_DATE, LocalDate.of(2024, 6, 1))
                .set(STAGE2_START_DATE, LocalDate.of(2024, 7, 1)).set(STAGE2_END_DATE, LocalDate.of(2024, 10, 1))
                .build();

        assertRatio(1, 1, indicator.compute(only(ADOPTERS, adopter), T));
    }

    private static TableRecord stage2(String id, LocalDate started, LocalDate ended) {
        return row(ADOPTERS).set(ADOPTER_ID, id).set(STAGE2_START_DATE, started).set(STAGE2_END_DATE, ended).build();
    }
}
