package uk.chatbatch.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window is the six months ending on T: T minus 6 months &lt; D &le; T. */
class ReportingPeriodTest {

    private final ReportingPeriod periodEnding30Sep2025 = new ReportingPeriod(LocalDate.of(2025, 9, 30));

    @ParameterizedTest(name = "{0}: {1} in the window {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case (T = 30 Sep 2025)                       | date       | in window
            T minus 6 months is not in the window          | 2025-03-30 | false
            first day of the window, T minus 6 months + 1  | 2025-03-31 | true
            T itself, the last day of the window           | 2025-09-30 | true
            the day after T                                | 2025-10-01 | false
            a blank date                                   |            | false
            """)
    void windowRunsFromTheDayAfterTMinusSixMonthsToT(String boundary, LocalDate date, boolean inWindow) {
        assertThat(periodEnding30Sep2025.inWindow(date)).isEqualTo(inWindow);
    }

    @Test
    void namesTheWindowsFirstAndLastDay() {
        assertThat(periodEnding30Sep2025.windowExclusiveStart()).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(periodEnding30Sep2025.windowFirstDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(periodEnding30Sep2025.periodEnd()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @ParameterizedTest(name = "T = {0}: T minus 6 months = {1}, window starts {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 31 August minus 6 months clamps to the end of February
            2025-08-31 | 2025-02-28 | 2025-03-01
            2024-08-31 | 2024-02-29 | 2024-03-01
            2025-03-31 | 2024-09-30 | 2024-10-01
            """)
    void calendarMonthArithmeticClampsToTheEndOfTheMonth(LocalDate periodEnd, LocalDate exclusiveStart,
                                                         LocalDate firstDay) {
        ReportingPeriod period = new ReportingPeriod(periodEnd);
        assertThat(period.windowExclusiveStart()).isEqualTo(exclusiveStart);
        assertThat(period.windowFirstDay()).isEqualTo(firstDay);
        assertThat(period.inWindow(exclusiveStart)).isFalse();
        assertThat(period.inWindow(firstDay)).isTrue();
    }

    @ParameterizedTest(name = "{0}: open at T {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case (T = 30 Sep 2025)           | start      | end        | open at T
            started long ago, not ended        | 2020-01-01 |            | true
            started on T                       | 2025-09-30 |            | true
            starts the day after T             | 2025-10-01 |            | false
            ended on T is not open at T        | 2025-01-01 | 2025-09-30 | false
            ends the day after T               | 2025-01-01 | 2025-10-01 | true
            ended before T                     | 2025-01-01 | 2025-06-01 | false
            no start date                      |            |            | false
            """)
    void openAtTheEndMeansStartedOnOrBeforeTAndNotEndedByT(String boundary, LocalDate start, LocalDate end,
                                                           boolean open) {
        assertThat(periodEnding30Sep2025.openAtEnd(start, end)).isEqualTo(open);
    }
}
