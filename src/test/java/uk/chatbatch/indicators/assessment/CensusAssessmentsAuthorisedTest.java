package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.indicators.CensusRows.assessment;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

class CensusAssessmentsAuthorisedTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusAssessmentsAuthorised indicator = new CensusAssessmentsAuthorised();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | authorised | counted
            authorised in the window                      | 2024-12-01 | 1
            authorised on the window's first day          | 2024-10-01 | 1
            authorised on T minus 6 months                | 2024-09-30 | 0
            authorised on T                               | 2025-03-31 | 1
            still open: no authorisation date             |            | 0
            """)
    void countsAssessmentsAuthorisedInTheWindow(String boundary, LocalDate authorised, long counted) {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        assertCount(counted, indicator.compute(census(episode,
                assessment(episode, 1, d("2024-09-02"), authorised)), T));
    }

    @Test
    void countsAssessmentsNotChildren() {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        assertCount(2, indicator.compute(census(episode,
                assessment(episode, 1, d("2024-09-02"), d("2024-10-20")),
                assessment(episode, 2, d("2025-01-02"), d("2025-02-20"))), T));
    }
}
