package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.CensusRows.plan;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

class SecondPlansWithinTwoYearsTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final SecondPlansWithinTwoYears indicator = new SecondPlansWithinTwoYears();

    @ParameterizedTest(name = "{0}: within two years {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                 | earlier start | earlier end | start      | within | starting
            previous plan ended a year before                      | 2023-06-01    | 2024-01-15  | 2025-01-15 | 1      | 1
            previous plan ended exactly two years before           | 2022-06-01    | 2023-01-15  | 2025-01-15 | 1      | 1
            previous plan ended two years and a day before         | 2022-06-01    | 2023-01-14  | 2025-01-15 | 0      | 1
            previous plan ended the day this one started           | 2024-06-01    | 2025-01-15  | 2025-01-15 | 1      | 1
            previous plan has no end date: data error              | 2024-06-01    |             | 2025-01-15 | 0      | 1
            previous plan ended after this one started: data error | 2024-06-01    | 2025-02-01  | 2025-01-15 | 0      | 1
            """)
    void previousPlanEndingInTheTwoYearsBeforeTheStart(String boundary, LocalDate earlierStart, LocalDate earlierEnd,
                                                       LocalDate start, long within, long starting) {
        TableRecord earlier = episode("C1", 1, d("2022-05-01"), null);
        TableRecord now = episode("C1", 2, d("2024-12-01"), null);
        assertRatio(within, starting, indicator.compute(census(earlier, now,
                plan(earlier, 1, earlierStart, earlierEnd, 0),
                plan(now, 1, start, null, 1)), T));
    }

    @Test
    void aRecordedPreviousPlanWithoutDatesIsNotEnough() {
        TableRecord episode = episode("C1", 1, d("2024-12-01"), null);
        assertRatio(0, 1, indicator.compute(census(episode, plan(episode, 1, d("2025-01-10"), null, 3)), T));
    }
}
