package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_PREVIOUS_PLANS;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
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

class SecondOrSubsequentPlansTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final SecondOrSubsequentPlans indicator = new SecondOrSubsequentPlans();

    @ParameterizedTest(name = "{0}: second or subsequent {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                              | start      | previous plans | second | starting in window
            one previous plan                                   | 2025-06-01 | 1              | 1      | 1
            three previous plans                                | 2025-06-01 | 3              | 1      | 1
            no previous plan                                    | 2025-06-01 | 0              | 0      | 1
            number of previous plans blank: stays in the denominator | 2025-06-01 |           | 0      | 1
            starts on the first day of the window               | 2025-03-31 | 1              | 1      | 1
            starts on T minus 6 months                          | 2025-03-30 | 1              | 0      | 0
            starts on T                                         | 2025-09-30 | 2              | 1      | 1
            starts the day after T                              | 2025-10-01 | 2              | 0      | 0
            """)
    void measuresPlansStartingInTheWindow(String boundary, LocalDate start, Integer previousPlans,
                                          long second, long starting) {
        assertRatio(second, starting, indicator.compute(only(CHILD_PROTECTION, plan(start, previousPlans)), T));
    }

    @Test
    void percentageOfTheWindowsPlans() {
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION,
                plan(LocalDate.of(2025, 4, 1), 1),       // second plan
                plan(LocalDate.of(2025, 5, 1), 0),       // first plan
                plan(LocalDate.of(2025, 6, 1), null),    // unknown: in the denominator only
                plan(LocalDate.of(2025, 7, 1), 0),       // first plan
                plan(LocalDate.of(2024, 7, 1), 4)),      // started before the window: not measured
                T);

        assertRatio(1, 4, result);
        assertThat(headline(result).value()).isEqualTo(25.0);
    }

    @Test
    void noPlansStartingInTheWindowIsNoCasesWithNoValue() {
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION, plan(LocalDate.of(2024, 7, 1), 1)), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(result).value()).isNull();
        assertThat(result.message()).isEqualTo("no plans starting in the window");
    }

    private static TableRecord plan(LocalDate start, Integer previousPlans) {
        return row(CHILD_PROTECTION).set(CHILD_ID, "C1").set(CP_START_DATE, start)
                .set(CP_PREVIOUS_PLANS, previousPlans).build();
    }
}
