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

class CensusPlansEndedLastingTwoYearsOrMoreTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusPlansEndedLastingTwoYearsOrMore indicator = new CensusPlansEndedLastingTwoYearsOrMore();

    @ParameterizedTest(name = "{0}: two years or more {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | start      | end        | two years | ended
            exactly two years                               | 2023-01-15 | 2025-01-15 | 1         | 1
            two years less a day                            | 2023-01-16 | 2025-01-15 | 0         | 1
            started 29 Feb, ended 28 Feb two years later    | 2024-02-29 | 2026-02-28 | 0         | 0
            six months                                      | 2024-07-15 | 2025-01-15 | 0         | 1
            ended before it started: data error, left out   | 2025-01-16 | 2025-01-15 | 0         | 0
            ended on T minus 6 months                       | 2022-01-01 | 2024-09-30 | 0         | 0
            """)
    void measuresPlansEndingInTheWindow(String boundary, LocalDate start, LocalDate end, long twoYears, long ended) {
        TableRecord episode = episode("C1", 1, d("2021-12-01"), null);
        assertRatio(twoYears, ended, indicator.compute(census(episode, plan(episode, 1, start, end, 0)), T));
    }

    @Test
    void aPlanStartedOn29FebruaryReachesTwoYearsOn28February() {
        TableRecord episode = episode("C1", 1, d("2023-02-01"), null);
        assertRatio(1, 1, indicator.compute(census(episode,
                plan(episode, 1, d("2024-02-29"), d("2026-02-28"), 0)), periodEnding(LocalDate.of(2026, 3, 31))));
    }
}
