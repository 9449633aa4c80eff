package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.indicators.CensusRows.assessment;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

class CensusAssessmentsWithin45WorkingDaysTest {

    /** T = 30 Sep 2024: the window is 31 Mar 2024 to 30 Sep 2024. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2024, 9, 30));

    private final CensusAssessmentsWithin45WorkingDays indicator = new CensusAssessmentsWithin45WorkingDays();

    @ParameterizedTest(name = "{0}: in time {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                         | start      | authorised | in time | measured
            45th working day (Good Friday, Easter Monday, 6 and 27 May skipped) | 2024-03-28 | 2024-06-05 | 1  | 1
            46th working day                                               | 2024-03-28 | 2024-06-06 | 0       | 1
            authorised the day it started: 0 working days                  | 2024-06-03 | 2024-06-03 | 1       | 1
            authorised before it started: data error, left out             | 2024-06-03 | 2024-06-01 | 0       | 0
            authorised before the window                                   | 2024-01-03 | 2024-03-30 | 0       | 0
            """)
    void fortyFiveWorkingDaysFromStartToAuthorisation(String boundary, LocalDate start, LocalDate authorised,
                                                       long inTime, long measured) {
        TableRecord episode = episode("C1", 1, d("2024-01-02"), null);
        assertRatio(inTime, measured, indicator.compute(census(episode,
                assessment(episode, 1, start, authorised)), T));
    }

    @Test
    void anOpenAssessmentIsNotMeasured() {
        TableRecord episode = episode("C1", 1, d("2024-01-02"), null);
        assertRatio(1, 2, indicator.compute(census(episode,
                assessment(episode, 1, d("2024-04-02"), d("2024-05-01")),     // in time
                assessment(episode, 2, d("2024-04-02"), d("2024-09-02")),     // late
                assessment(episode, 3, d("2024-09-02"), null)), T));          // open
    }
}
