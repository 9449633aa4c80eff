package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.CensusRows.plan;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

class CensusProtectionPlansStartedTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusProtectionPlansStarted indicator = new CensusProtectionPlansStarted();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                               | start      | counted
            starts in the window                 | 2024-12-01 | 1
            starts on the window's first day     | 2024-10-01 | 1
            starts on T minus 6 months           | 2024-09-30 | 0
            starts on T                          | 2025-03-31 | 1
            starts the day after T               | 2025-04-01 | 0
            """)
    void countsPlansStartingInTheWindow(String boundary, LocalDate start, long counted) {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        assertCount(counted, indicator.compute(census(episode, plan(episode, 1, start, null, 0)), T));
    }

    @Test
    void countsPlansNotChildren() {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        assertCount(2, indicator.compute(census(episode,
                plan(episode, 1, d("2024-10-10"), d("2024-12-01"), 0),
                plan(episode, 2, d("2025-02-10"), null, 1)), T));
    }
}
