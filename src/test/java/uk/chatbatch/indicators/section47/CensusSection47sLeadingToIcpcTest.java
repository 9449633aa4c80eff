package uk.chatbatch.indicators.section47;

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
import uk.chatbatch.cin.CinField;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

class CensusSection47sLeadingToIcpcTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusSection47sLeadingToIcpc indicator = new CensusSection47sLeadingToIcpc();

    @ParameterizedTest(name = "{0}: led to ICPC {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                | start      | ICPC       | not required | led | started
            conference held                                       | 2025-01-06 | 2025-01-20 | false        | 1   | 1
            conference on the day the enquiry started             | 2025-01-06 | 2025-01-06 | false        | 1   | 1
            no conference                                         | 2025-01-06 |            | false        | 0   | 1
            conference not required                               | 2025-01-06 |            | true         | 0   | 1
            ICPCnotRequired missing: not taken as not required    | 2025-01-06 | 2025-01-20 |              | 1   | 1
            conference dated before the enquiry: data error       | 2025-01-06 | 2025-01-03 | false        | 0   | 1
            enquiry started before the window                     | 2024-09-30 | 2024-10-10 | false        | 0   | 0
            """)
    void followsEachEnquiryStartingInTheWindow(String boundary, LocalDate start, LocalDate conference,
                                               Boolean notRequired, long led, long started) {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        assertRatio(led, started, indicator.compute(census(episode,
                section47(episode, 1, start, conference, notRequired)), T));
    }

    @Test
    void theEpisodesConferenceDateIsNotTheEnquirys() {
        TableRecord episode = episode("C1", 1, d("2024-09-01")).set(CinField.DATE_OF_INITIAL_CPC, d("2025-01-20"))
                .build();
        assertRatio(0, 1, indicator.compute(census(episode,
                section47(episode, 1, d("2025-01-06"), null, false)), T));
    }
}
