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

class CensusSecondOrSubsequentPlansTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusSecondOrSubsequentPlans indicator = new CensusSecondOrSubsequentPlans();

    @ParameterizedTest(name = "{0}: second {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                    | start      | NumberOfPreviousCPP | second | starting
            one previous plan recorded                                | 2025-01-10 | 1                   | 1      | 1
            no previous plan recorded, none in the census             | 2025-01-10 | 0                   | 0      | 1
            number missing, none in the census: stays in denominator  | 2025-01-10 |                     | 0      | 1
            previous plan recorded, plan starts before the window     | 2024-09-30 | 2                   | 0      | 0
            """)
    void readsTheRecordedNumberOfPreviousPlans(String boundary, LocalDate start, Integer previous, long second,
                                               long starting) {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        assertRatio(second, starting, indicator.compute(census(episode, plan(episode, 1, start, null, previous)), T));
    }

    @Test
    void anEarlierPlanInTheCensusCountsThoughTheRecordedNumberSaysNone() {
        TableRecord earlier = episode("C1", 1, d("2016-01-01"), d("2017-06-01"));
        TableRecord now = episode("C1", 2, d("2024-12-01"), null);
        assertRatio(1, 1, indicator.compute(census(earlier, now,
                plan(earlier, 1, d("2016-02-01"), d("2017-05-01"), 0),   // ten years ago, another episode
                plan(now, 1, d("2025-01-10"), null, 0)), T));
    }

    @Test
    void aLaterPlanOrAnotherChildsDoesNotMakeAPlanSecond() {
        TableRecord c1 = episode("C1", 1, d("2024-09-01"), null);
        TableRecord c2 = episode("C2", 1, d("2023-09-01"), null);
        assertRatio(1, 3, indicator.compute(census(c1, c2,
                plan(c1, 1, d("2024-10-10"), d("2024-12-01"), 0),        // C1's first: not second
                plan(c1, 2, d("2025-02-10"), null, 0),                   // C1's second: counted from the census
                plan(c2, 1, d("2023-10-10"), d("2024-01-01"), 0),        // C2's plan, before the window
                episode("C3", 1, d("2024-12-01"), null),
                plan(episode("C3", 1, d("2024-12-01"), null), 1, d("2025-01-10"), null, 0)), T));  // C3: first
    }
}
