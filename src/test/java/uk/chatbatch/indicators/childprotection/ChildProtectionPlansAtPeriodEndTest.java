package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class ChildProtectionPlansAtPeriodEndTest {

    /** T = 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildProtectionPlansAtPeriodEnd indicator = new ChildProtectionPlansAtPeriodEnd();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | start      | end        | counted
            started before T, no end date            | 2024-11-01 |            | 1
            started on T                             | 2025-09-30 |            | 1
            starts the day after T                   | 2025-10-01 |            | 0
            ended on T: not open at T                | 2025-01-01 | 2025-09-30 | 0
            ends the day after T: open at T          | 2025-01-01 | 2025-10-01 | 1
            ended in the window                      | 2025-01-01 | 2025-06-01 | 0
            """)
    void countsPlansOpenAtThePeriodEnd(String boundary, LocalDate start, LocalDate end, long counted) {
        assertCount(counted, indicator.compute(only(CHILD_PROTECTION, row(CHILD_PROTECTION).set(CHILD_ID, "C1")
                .set(CP_START_DATE, start).set(CP_END_DATE, end).build()), T));
    }
}
