package uk.chatbatch.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowTest {

    @ParameterizedTest(name = "T {0}, {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # T          | date       | in window
            2025-03-31   | 2024-04-01 | true
            2025-03-31   | 2024-03-31 | false
            2025-03-31   | 2025-03-31 | true
            2025-03-31   | 2025-04-01 | false
            2025-02-28   | 2024-02-29 | true
            2025-02-28   | 2024-02-28 | false
            """)
    void theAdoptionListsWindowIsTheTwelveMonthsEndingOnThePeriodEnd(LocalDate periodEnd, LocalDate date, boolean inWindow) {
        assertThat(new ReportingPeriod(periodEnd).lastMonths(12).contains(date)).isEqualTo(inWindow);
    }
}
