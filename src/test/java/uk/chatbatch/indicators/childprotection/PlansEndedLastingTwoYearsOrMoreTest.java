package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
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

class PlansEndedLastingTwoYearsOrMoreTest {

    @ParameterizedTest(name = "{0}: two years or more {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                            | T          | start      | end        | 2y+ | ending in window
            ends exactly two years after it started           | 2025-09-30 | 2023-06-15 | 2025-06-15 | 1   | 1
            ends a day short of two years                     | 2025-09-30 | 2023-06-15 | 2025-06-14 | 0   | 1
            lasted three months                               | 2025-09-30 | 2025-03-01 | 2025-06-01 | 0   | 1
            ends on the first day of the window               | 2025-09-30 | 2023-01-01 | 2025-03-31 | 1   | 1
            ends on T minus 6 months                          | 2025-09-30 | 2023-01-01 | 2025-03-30 | 0   | 0
            ends on T                                         | 2025-09-30 | 2023-01-01 | 2025-09-30 | 1   | 1
            ends the day after T                              | 2025-09-30 | 2023-01-01 | 2025-10-01 | 0   | 0
            still open                                        | 2025-09-30 | 2023-01-01 |            | 0   | 0
            ends before it started: left out of both          | 2025-09-30 | 2025-07-01 | 2025-06-01 | 0   | 0
            started 29 Feb 2024: two years on 28 Feb 2026     | 2026-03-31 | 2024-02-29 | 2026-02-28 | 1   | 1
            started 29 Feb 2024, ended 27 Feb 2026            | 2026-03-31 | 2024-02-29 | 2026-02-27 | 0   | 1
            """)
    void measuresPlansEndingInTheWindow(String boundary, LocalDate periodEnd, LocalDate start, LocalDate end,
                                        long twoYearsOrMore, long ending) {
        assertRatio(twoYearsOrMore, ending,
                new PlansEndedLastingTwoYearsOrMore().compute(only(CHILD_PROTECTION, plan(start, end)),
                        periodEnding(periodEnd)));
    }

    @Test
    void percentageOfTheWindowsEndedPlans() {
        IndicatorContext t = periodEnding(LocalDate.of(2025, 9, 30));
        IndicatorResult result = new PlansEndedLastingTwoYearsOrMore().compute(only(CHILD_PROTECTION,
                plan(LocalDate.of(2023, 6, 15), LocalDate.of(2025, 6, 15)),   // exactly two years
                plan(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 7, 1)),     // ten months
                plan(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 1)),     // seven months
                plan(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 9, 1)),     // seven months
                plan(LocalDate.of(2021, 1, 1), null)),                        // open: not measured
                t);

        assertRatio(1, 4, result);
        assertThat(headline(result).value()).isEqualTo(25.0);
    }

    @Test
    void noPlansEndingInTheWindowIsNoCasesWithNoValue() {
        IndicatorResult result = new PlansEndedLastingTwoYearsOrMore().compute(
                only(CHILD_PROTECTION, plan(LocalDate.of(2021, 1, 1), null)), periodEnding(LocalDate.of(2025, 9, 30)));

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(result).value()).isNull();
    }

    private static TableRecord plan(LocalDate start, LocalDate end) {
        return row(CHILD_PROTECTION).set(CHILD_ID, "C1").set(CP_START_DATE, start).set(CP_END_DATE, end).build();
    }
}
