package uk.chatbatch.indicators.section47;

import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.CensusRows.section47;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

class CensusSection47EnquiriesStartedTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusSection47EnquiriesStarted indicator = new CensusSection47EnquiriesStarted();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                 | start      | counted
            starts in the window                   | 2024-12-01 | 1
            starts on the window's first day       | 2024-10-01 | 1
            starts on T minus 6 months             | 2024-09-30 | 0
            starts on T                            | 2025-03-31 | 1
            """)
    void countsEnquiriesStartingInTheWindow(String boundary, LocalDate start, long counted) {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        assertCount(counted, indicator.compute(census(episode, section47(episode, 1, start, null, false)), T));
    }

    @Test
    void countsEnquiriesNotChildren() {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        assertCount(2, indicator.compute(census(episode,
                section47(episode, 1, d("2024-10-10"), null, true),
                section47(episode, 2, d("2025-02-10"), null, false)), T));
    }
}
