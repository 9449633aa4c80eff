package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.AnnexAList.SECTION_47;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.ICPC_DATE;
import static uk.chatbatch.annexa.Field.ICPC_UNNECESSARY;
import static uk.chatbatch.annexa.Field.S47_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

class IcpcsHeldTest {

    /** T = 31 Jan 2025: the window is 1 Aug 2024 to 31 Jan 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 1, 31));

    private final IcpcsHeld indicator = new IcpcsHeld();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | ICPC       | unnecessary? | counted
            first day of the window                       | 2024-08-01 | No           | 1
            T minus 6 months                              | 2024-07-31 | No           | 0
            T itself                                      | 2025-01-31 | No           | 1
            the day after T                               | 2025-02-01 | No           | 0
            held though marked unnecessary: counted       | 2024-10-01 | Yes          | 1
            no conference                                 |            | Yes          | 0
            """)
    void countsConferencesDatedInTheWindow(String boundary, LocalDate icpc, String unnecessary, long counted) {
        assertCount(counted, indicator.compute(only(SECTION_47, enquiry("C1", icpc, unnecessary)), T));
    }

    @Test
    void countsConferencesNotChildren() {
        LocalDate october = LocalDate.of(2024, 10, 1);
        assertCount(3, indicator.compute(only(SECTION_47, enquiry("C1", october, "No"),
                enquiry("C1", october.plusMonths(2), "No"), enquiry("C2", october, "No")), T));
    }

    private static TableRecord enquiry(String child, LocalDate icpc, String unnecessary) {
        return row(SECTION_47).set(CHILD_ID, child).set(S47_START_DATE, LocalDate.of(2024, 7, 20))
                .set(ICPC_DATE, icpc).set(ICPC_UNNECESSARY, unnecessary).build();
    }
}
