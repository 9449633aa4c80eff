package uk.chatbatch.indicators.section47;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.SECTION_47;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.ICPC_DATE;
import static uk.chatbatch.annexa.Field.ICPC_UNNECESSARY;
import static uk.chatbatch.annexa.Field.S47_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
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
import uk.chatbatch.model.table.TableRecord;

class IcpcsWithin15WorkingDaysTest {

    /** T = 31 Jan 2025: the window is 1 Aug 2024 to 31 Jan 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 1, 31));

    private final IcpcsWithin15WorkingDays indicator = new IcpcsWithin15WorkingDays();

    @ParameterizedTest(name = "{0}: within 15 working days {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                 | S47 start  | ICPC       | in time | measured
            exactly 15 working days (Fri 20 Dec 2024 to Wed 15 Jan) | 2024-12-20 | 2025-01-15 | 1       | 1
            16 working days (Fri 20 Dec 2024 to Thu 16 Jan)        | 2024-12-20 | 2025-01-16 | 0       | 1
            ICPC on the first day of the window                    | 2024-07-25 | 2024-08-01 | 1       | 1
            ICPC on T minus 6 months                               | 2024-07-25 | 2024-07-31 | 0       | 0
            ICPC on T                                              | 2025-01-20 | 2025-01-31 | 1       | 1
            ICPC the day after T                                   | 2025-01-20 | 2025-02-01 | 0       | 0
            no ICPC                                                | 2025-01-20 |            | 0       | 0
            ICPC before its strategy discussion: left out of both  | 2025-01-20 | 2025-01-10 | 0       | 0
            """)
    void measuresIcpcsHeldInTheWindow(String boundary, LocalDate start, LocalDate icpc, long inTime, long measured) {
        assertRatio(inTime, measured, indicator.compute(only(SECTION_47, enquiry(start, icpc, null)), T));
    }

    @Test
    void aConferenceDateCountsAsHeldWhateverTheUnnecessaryAnswer() {
        IndicatorResult result = indicator.compute(only(SECTION_47,
                enquiry(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 20), "Yes")), T);
        assertRatio(1, 1, result);
    }

    @Test
    void percentageOfTheWindowsIcpcs() {
        IndicatorResult result = indicator.compute(only(SECTION_47,
                enquiry(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 15), "No"),   // 15 working days: in time
                enquiry(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 16), "No"),   // 16: late
                enquiry(LocalDate.of(2025, 1, 20), null, null)),                        // no ICPC yet: not measured
                T);

        assertRatio(1, 2, result);
        assertThat(headline(result).value()).isEqualTo(50.0);
    }

    @Test
    void noIcpcsInTheWindowIsNoCasesWithNoValue() {
        IndicatorResult result = indicator.compute(only(SECTION_47, enquiry(LocalDate.of(2025, 1, 20), null, null)), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(result).value()).isNull();
    }

    private static TableRecord enquiry(LocalDate start, LocalDate icpc, String icpcUnnecessary) {
        return row(SECTION_47).set(CHILD_ID, "C1").set(S47_START_DATE, start).set(ICPC_DATE, icpc)
                .set(ICPC_UNNECESSARY, icpcUnnecessary).build();
    }
}
