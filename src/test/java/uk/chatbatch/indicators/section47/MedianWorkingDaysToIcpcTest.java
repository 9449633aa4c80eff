package uk.chatbatch.indicators.section47;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.SECTION_47;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.ICPC_DATE;
import static uk.chatbatch.annexa.Field.ICPC_UNNECESSARY;
import static uk.chatbatch.annexa.Field.S47_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class MedianWorkingDaysToIcpcTest {

    /** T = 31 Jan 2025: the window is 1 Aug 2024 to 31 Jan 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 1, 31));
    private static final LocalDate MON_4_NOV = LocalDate.of(2024, 11, 4);

    private final MedianWorkingDaysToIcpc indicator = new MedianWorkingDaysToIcpc();

    @ParameterizedTest(name = "{0}: {3} working days, band {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                  | strategy   | ICPC       | days | band
            the same day                                            | 2024-11-04 | 2024-11-04 | 0    | 0 to 10
            the 10th working day                                    | 2024-11-04 | 2024-11-18 | 10   | 0 to 10
            the 11th                                                | 2024-11-04 | 2024-11-19 | 11   | 11 to 15
            the 15th: in time                                       | 2024-11-04 | 2024-11-25 | 15   | 11 to 15
            the 16th: late                                          | 2024-11-04 | 2024-11-26 | 16   | 16 to 20
            the 20th                                                | 2024-11-04 | 2024-12-02 | 20   | 16 to 20
            the 21st                                                | 2024-11-04 | 2024-12-03 | 21   | 21 and over
            Fri 20 Dec to Wed 15 Jan over Christmas: the 15th       | 2024-12-20 | 2025-01-15 | 15   | 11 to 15
            Fri 20 Dec to Thu 16 Jan over Christmas: the 16th       | 2024-12-20 | 2025-01-16 | 16   | 16 to 20
            """)
    void measuresWorkingDaysFromStrategyDiscussionToConferenceInDfEBands(String scenario, LocalDate strategy,
            LocalDate icpc, int days, String band) {
        IndicatorResult result = indicator.compute(only(SECTION_47, enquiry(strategy, icpc, null)), T);

        assertThat(headline(result)).isEqualTo(new IndicatorValue("all", "all", 1, null, (double) days));
        assertThat(result.values()).contains(IndicatorValue.percent("working days", band, 1, 1));
    }

    @Test
    void medianQuartilesAndBandsOfTheWindowsConferences() {
        IndicatorResult result = indicator.compute(only(SECTION_47,
                enquiry(MON_4_NOV, LocalDate.of(2024, 11, 18), "No"),        // 10
                enquiry(MON_4_NOV, LocalDate.of(2024, 11, 25), "No"),        // 15
                enquiry(MON_4_NOV, LocalDate.of(2024, 11, 26), "Yes"),       // 16: held, whatever the flag
                enquiry(MON_4_NOV, null, null),                              // no conference: not measured
                enquiry(MON_4_NOV, LocalDate.of(2024, 11, 1), "No"),         // before its strategy discussion
                enquiry(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31), "No")),  // T minus 6 months
                T);

        assertThat(result.values()).containsExactly(
                new IndicatorValue("all", "all", 3, null, 15.0),
                new IndicatorValue("quartile", "lower quartile", 3, null, 12.5),
                new IndicatorValue("quartile", "upper quartile", 3, null, 15.5),
                IndicatorValue.percent("working days", "0 to 10", 1, 3),
                IndicatorValue.percent("working days", "11 to 15", 1, 3),
                IndicatorValue.percent("working days", "16 to 20", 1, 3),
                IndicatorValue.percent("working days", "21 and over", 0, 3));
    }

    @Test
    void noConferencesInTheWindowIsNoCases() {
        IndicatorResult result = indicator.compute(only(SECTION_47, enquiry(MON_4_NOV, null, null)), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(result).value()).isNull();
    }

    private static TableRecord enquiry(LocalDate start, LocalDate icpc, String unnecessary) {
        return row(SECTION_47).set(CHILD_ID, "C1").set(S47_START_DATE, start).set(ICPC_DATE, icpc)
                .set(ICPC_UNNECESSARY, unnecessary).build();
    }
}
