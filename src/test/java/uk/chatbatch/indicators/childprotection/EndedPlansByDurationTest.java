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
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class EndedPlansByDurationTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final EndedPlansByDuration indicator = new EndedPlansByDuration();

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | start      | end        | band
            ended the day it started                       | 2025-06-01 | 2025-06-01 | under 3 months
            a day short of 3 months                        | 2025-04-02 | 2025-07-01 | under 3 months
            exactly 3 months                               | 2025-04-01 | 2025-07-01 | 3 to 6 months
            started 31 Mar: 3 months on 30 Jun, clamped    | 2025-03-31 | 2025-06-30 | 3 to 6 months
            started 31 Mar, ended 29 Jun                   | 2025-03-31 | 2025-06-29 | under 3 months
            exactly 6 months                               | 2025-01-15 | 2025-07-15 | 6 to 12 months
            a day short of 12 months                       | 2024-07-16 | 2025-07-15 | 6 to 12 months
            exactly 12 months                              | 2024-07-15 | 2025-07-15 | 1 to 2 years
            a day short of 2 years                         | 2023-06-16 | 2025-06-15 | 1 to 2 years
            exactly 2 years                                | 2023-06-15 | 2025-06-15 | 2 years or more
            """)
    void bandsPlansByCompletedCalendarMonths(String boundary, LocalDate start, LocalDate end, String band) {
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION, plan(start, end)), T);

        assertCount(1, result);
        assertThat(result.values()).contains(IndicatorValue.count("duration", band, 1));
    }

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | start      | end        | counted
            ends on the first day of the window            | 2024-01-01 | 2025-03-31 | 1
            ends on T minus 6 months                       | 2024-01-01 | 2025-03-30 | 0
            ends on T                                      | 2024-01-01 | 2025-09-30 | 1
            ends the day after T                           | 2024-01-01 | 2025-10-01 | 0
            still open                                     | 2024-01-01 |            | 0
            ends before it started: data error             | 2025-07-01 | 2025-06-01 | 0
            """)
    void countsPlansEndingInTheWindow(String boundary, LocalDate start, LocalDate end, long counted) {
        assertCount(counted, indicator.compute(only(CHILD_PROTECTION, plan(start, end)), T));
    }

    @Test
    void itsTopBandIsCp06sNumeratorAndItsWholeCountCp06sDenominator() {
        InputData data = only(CHILD_PROTECTION,
                plan(LocalDate.of(2023, 6, 15), LocalDate.of(2025, 6, 15)),
                plan(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 7, 1)),
                plan(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 1)),
                plan(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 1)));   // data error: in neither

        IndicatorResult result = indicator.compute(data, T);
        IndicatorValue cp06 = new PlansEndedLastingTwoYearsOrMore().compute(data, T).headline().orElseThrow();

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 3),
                IndicatorValue.count("duration", "under 3 months", 0),
                IndicatorValue.count("duration", "3 to 6 months", 1),
                IndicatorValue.count("duration", "6 to 12 months", 1),
                IndicatorValue.count("duration", "1 to 2 years", 0),
                IndicatorValue.count("duration", "2 years or more", 1),
                IndicatorValue.count("duration", "unknown", 0));
        assertThat(cp06.denominator()).isEqualTo(3);
        assertThat(cp06.numerator()).isEqualTo(1);
    }

    private static TableRecord plan(LocalDate start, LocalDate end) {
        return row(CHILD_PROTECTION).set(CHILD_ID, "C1").set(CP_START_DATE, start).set(CP_END_DATE, end).build();
    }
}
