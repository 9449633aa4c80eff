package uk.chatbatch.indicators.section47;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.CensusRows.section47;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class CensusIcpcsWithin15WorkingDaysTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusIcpcsWithin15WorkingDays indicator = new CensusIcpcsWithin15WorkingDays();

    @ParameterizedTest(name = "{0}: in time {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                       | start      | ICPC       | in time | held
            15th working day (25, 26 Dec and 1 Jan skipped)              | 2024-12-20 | 2025-01-15 | 1       | 1
            16th working day                                             | 2024-12-20 | 2025-01-16 | 0       | 1
            conference before the enquiry started: data error, left out  | 2025-01-06 | 2025-01-03 | 0       | 0
            held on T minus 6 months                                     | 2024-09-20 | 2024-09-30 | 0       | 0
            held on the window's first day, enquiry before the window    | 2024-09-20 | 2024-10-01 | 1       | 1
            """)
    void fifteenWorkingDaysFromEnquiryStartToConference(String boundary, LocalDate start, LocalDate conference,
                                                       long inTime, long held) {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        assertRatio(inTime, held, indicator.compute(census(episode,
                section47(episode, 1, start, conference, false)), T));
    }

    @Test
    void dfeBandsOfTheConferencesHeld() {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        IndicatorResult result = indicator.compute(census(episode,
                section47(episode, 1, d("2025-03-03"), d("2025-03-17"), false),   // 10: 0 to 10
                section47(episode, 2, d("2025-03-03"), d("2025-03-18"), false),   // 11: 11 to 15
                section47(episode, 3, d("2025-03-03"), d("2025-03-24"), false),   // 15: 11 to 15
                section47(episode, 4, d("2025-02-03"), d("2025-03-31"), false),   // 40: 21 and over
                section47(episode, 5, d("2025-03-03"), null, true)), T);          // no conference

        assertRatio(3, 4, result);
        assertThat(result.values()).filteredOn(v -> v.breakdown().equals("working days"))
                .extracting(v -> v.breakdownValue() + ": " + v.numerator() + " of " + v.denominator())
                .containsExactly("0 to 10: 1 of 4", "11 to 15: 2 of 4", "16 to 20: 0 of 4", "21 and over: 1 of 4");
        assertThat(result.values()).filteredOn(IndicatorValue::isWholePopulation).singleElement()
                .extracting(IndicatorValue::value).isEqualTo(75.0);
    }
}
