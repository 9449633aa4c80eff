package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.AnnexAList.SECTION_47;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.ICPC_DATE;
import static uk.chatbatch.annexa.Field.S47_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class Section47EnquiriesStartedTest {

    /** T = 31 Jan 2025: the window is 1 Aug 2024 to 31 Jan 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 1, 31));

    private final Section47EnquiriesStarted indicator = new Section47EnquiriesStarted();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                       | S47 start  | ICPC       | counted
            started on the first day of the window       | 2024-08-01 |            | 1
            started on T minus 6 months                  | 2024-07-31 | 2024-08-10 | 0
            started on T, still open                     | 2025-01-31 |            | 1
            started the day after T                      | 2025-02-01 |            | 0
            started in the window, ICPC held             | 2024-12-20 | 2025-01-15 | 1
            """)
    void countsEnquiriesStartingInTheWindow(String boundary, LocalDate start, LocalDate icpc, long counted) {
        assertCount(counted, indicator.compute(only(SECTION_47, row(SECTION_47).set(CHILD_ID, "C1")
                .set(S47_START_DATE, start).set(ICPC_DATE, icpc).build()), T));
    }
}
