package uk.chatbatch.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecencyTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "{0}: {1} {2} before {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                              | unit         | n  | day        | earliest in time
            0 working days: only the day itself                 | WORKING_DAYS | 0  | 2025-09-30 | 2025-09-30
            10 working days before Tue 30 Sep 2025              | WORKING_DAYS | 10 | 2025-09-30 | 2025-09-16
            across Easter (Good Friday, Easter Monday 2025)     | WORKING_DAYS | 3  | 2025-04-23 | 2025-04-16
            6 weeks: exactly 42 days before                     | WEEKS        | 6  | 2025-09-30 | 2025-08-19
            6 months from 31 March clamps to 30 September       | MONTHS       | 6  | 2025-03-31 | 2024-09-30
            12 months from 29 Feb 2024 clamps to 28 Feb 2023    | MONTHS       | 12 | 2024-02-29 | 2023-02-28
            """)
    void findsTheEarliestDateStillInTime(String boundary, Recency unit, int n, LocalDate day, LocalDate earliest) {
        assertThat(unit.earliestWithin(n, day, calendar)).isEqualTo(earliest);
    }
}
