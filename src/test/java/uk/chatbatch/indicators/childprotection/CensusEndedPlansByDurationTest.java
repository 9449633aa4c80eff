package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
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
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.model.table.TableRecord;

class CensusEndedPlansByDurationTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusEndedPlansByDuration indicator = new CensusEndedPlansByDuration();

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                           | start      | end        | band
            a day short of 3 months                          | 2024-10-16 | 2025-01-15 | under 3 months
            exactly 3 months                                 | 2024-10-15 | 2025-01-15 | 3 to 6 months
            31 Oct reaches 3 months on 31 Jan                | 2024-10-31 | 2025-01-31 | 3 to 6 months
            31 Aug reaches 6 months on 28 Feb                | 2024-08-31 | 2025-02-28 | 6 to 12 months
            exactly a year                                   | 2024-01-15 | 2025-01-15 | 1 to 2 years
            a day short of 2 years                           | 2023-01-16 | 2025-01-15 | 1 to 2 years
            exactly 2 years                                  | 2023-01-15 | 2025-01-15 | 2 years or more
            """)
    void bandsByCompletedCalendarMonths(String boundary, LocalDate start, LocalDate end, String band) {
        TableRecord episode = episode("C1", 1, d("2022-12-01"), null);
        IndicatorResult result = indicator.compute(census(episode, plan(episode, 1, start, end, 0)), T);

        assertCount(1, result);
        assertThat(result.values()).filteredOn(v -> v.breakdown().equals("duration") && v.numerator() == 1)
                .singleElement().extracting(v -> v.breakdownValue()).isEqualTo(band);
    }

    @Test
    void countsOnlyPlansEndingInTheWindowWithEveryBandKept() {
        TableRecord episode = episode("C1", 1, d("2022-12-01"), null);
        IndicatorResult result = indicator.compute(census(episode,
                plan(episode, 1, d("2024-01-01"), d("2024-09-30"), 0),      // ended on T minus 6 months
                plan(episode, 2, d("2024-10-01"), null, 1),                 // still open
                plan(episode, 3, d("2025-01-20"), d("2025-01-15"), 1),      // ends before it starts: not counted
                plan(episode, 4, d("2025-01-05"), d("2025-03-31"), 1)), T); // ends on T: under 3 months

        assertCount(1, result);
        assertThat(result.values()).filteredOn(v -> v.breakdown().equals("duration"))
                .extracting(v -> v.breakdownValue() + " " + v.numerator())
                .containsExactly("under 3 months 1", "3 to 6 months 0", "6 to 12 months 0", "1 to 2 years 0",
                        "2 years or more 0");
    }
}
