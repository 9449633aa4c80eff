package uk.chatbatch.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Completed years, the one place ages are worked out (reference/working-days.md). */
class AgesTest {

    private static final LocalDate LEAP_DAY_2008 = LocalDate.of(2008, 2, 29);

    @Test
    void aTwentyNinthOfFebruaryBirthdayIsReachedOnTheFirstOfMarch() {
        assertThat(Ages.completedYears(LEAP_DAY_2008, LocalDate.of(2009, 2, 28))).isEqualTo(0);
        assertThat(Ages.completedYears(LEAP_DAY_2008, LocalDate.of(2009, 3, 1))).isEqualTo(1);
        assertThat(Ages.completedYears(LEAP_DAY_2008, LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(Ages.completedYears(LEAP_DAY_2008, LocalDate.of(2026, 3, 1))).as("leaves care age").isEqualTo(18);
        assertThat(Ages.completedYears(LEAP_DAY_2008, LocalDate.of(2012, 2, 29))).as("a leap year").isEqualTo(4);
    }

    @Test
    void aChildBornAfterTheDateIsUnborn() {
        assertThat(Ages.completedYears(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 30))).isEqualTo(Ages.UNBORN);
        assertThat(Ages.completedYears(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30))).as("born that day")
                .isEqualTo(0);
    }
}
