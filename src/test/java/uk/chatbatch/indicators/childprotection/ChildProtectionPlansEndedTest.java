package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ChildProtectionPlansEndedTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildProtectionPlansEnded indicator = new ChildProtectionPlansEnded();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | start      | end        | counted
            ends on the first day of the window             | 2024-01-01 | 2025-03-31 | 1
            ends on T minus 6 months                        | 2024-01-01 | 2025-03-30 | 0
            ends on T                                       | 2024-01-01 | 2025-09-30 | 1
            ends the day after T                            | 2024-01-01 | 2025-10-01 | 0
            still open                                      | 2024-01-01 |            | 0
            ends before it started: still counted here      | 2025-07-01 | 2025-06-01 | 1
            """)
    void countsPlansEndingInTheWindow(String boundary, LocalDate start, LocalDate end, long counted) {
        assertCount(counted, indicator.compute(only(CHILD_PROTECTION, plan(start, end)), T));
    }

    @Test
    void breaksEndingsDownByMonth() {
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION,
                plan(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 5, 2)),
                plan(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 5, 31)),
                plan(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 9, 1))), T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 3),
                IndicatorValue.count("month", "2025-03", 0),
                IndicatorValue.count("month", "2025-04", 0),
                IndicatorValue.count("month", "2025-05", 2),
                IndicatorValue.count("month", "2025-06", 0),
                IndicatorValue.count("month", "2025-07", 0),
                IndicatorValue.count("month", "2025-08", 0),
                IndicatorValue.count("month", "2025-09", 1),
                IndicatorValue.count("month", "outside window", 0));
    }

    private static TableRecord plan(LocalDate start, LocalDate end) {
        return row(CHILD_PROTECTION).set(CHILD_ID, "C1").set(CP_START_DATE, start).set(CP_END_DATE, end).build();
    }
}
