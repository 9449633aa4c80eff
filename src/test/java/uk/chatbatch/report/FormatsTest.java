package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.Unit;

class FormatsTest {

    @Test
    void aCountCarryingAMeanShowsTheMean() {
        // CLA-22: 50 children with a score, mean 19.3; CLA-12-903: 30 episodes, 2.5 per child.
        assertThat(Formats.value(new Shown("all", 50, null, 19.3, false), Unit.COUNT)).isEqualTo("19.3");
        assertThat(Formats.value(new Shown("all", 30, null, 2.5, false), Unit.COUNT)).isEqualTo("2.5");
    }

    @Test
    void eachUnitReadsItsOwnWay() {
        assertThat(Formats.value(new Shown("all", 12345, null, 12345.0, false), Unit.COUNT)).isEqualTo("12,345");
        assertThat(Formats.value(new Shown("all", 1412, 1480L, 100.0 * 1412 / 1480, false), Unit.PERCENT))
                .isEqualTo("95.4%");
        assertThat(Formats.value(new Shown("all", 1234, 63_000L, 195.873, false), Unit.RATE_PER_10000))
                .isEqualTo("195.9");
        assertThat(Formats.value(new Shown("all", 480, null, 33.0, false), Unit.DAYS)).isEqualTo("33 days");
        assertThat(Formats.value(new Shown("all", 480, null, 33.5, false), Unit.DAYS)).isEqualTo("33.5 days");
    }

    @Test
    void aCountIsGroupedInThreesAsTheUkIntegerFormatGroupsIt() {
        long[] counts = {0, 7, 999, 1_000, -1_000, 12_345, -999_999, 1_000_000, 31_062, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : counts) {
            assertThat(Formats.count(n)).as("%d", n)
                    .isEqualTo(java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK).format(n));
        }
        assertThat(Formats.count(-1_000)).as("the sign before the first group").isEqualTo("-1,000");
        assertThat(Formats.count(999)).as("no comma under a thousand").isEqualTo("999");
    }

    @Test
    void aPercentOfNothingIsNoCasesNotZero() {
        assertThat(Formats.value(new Shown("all", 0, 0L, null, false), Unit.PERCENT)).isEqualTo("no cases");
    }

    @Test
    void aWithheldFigureIsShownAsUnderFiveAndItsBasisIsNotGiven() {
        Shown withheld = new Shown("all", 37, 40L, 92.5, true);
        assertThat(Formats.value(withheld, Unit.PERCENT)).isEqualTo("<5");
        assertThat(Formats.basis(withheld, Unit.PERCENT)).isEmpty();
        assertThat(Formats.basis(new Shown("all", 37, 40L, 92.5, false), Unit.PERCENT)).isEqualTo("37 of 40");
    }

    @Test
    void changesSayTheirUnit() {
        Trend.Change points = new Trend.Change(LocalDate.of(2025, 2, 28), 82.1, 85.8, 3.7, Trend.Direction.UP,
                Trend.Verdict.IMPROVED);
        assertThat(Formats.change(points, Unit.PERCENT)).isEqualTo("+3.7 points");
        Trend.Change count = new Trend.Change(LocalDate.of(2025, 2, 28), 1200, 1080, -120, Trend.Direction.DOWN,
                Trend.Verdict.NONE);
        assertThat(Formats.change(count, Unit.COUNT)).isEqualTo("−120 (−10.0%)");
        Trend.Change same = new Trend.Change(LocalDate.of(2025, 2, 28), 33, 33, 0, Trend.Direction.SAME,
                Trend.Verdict.NONE);
        assertThat(Formats.change(same, Unit.DAYS)).isEqualTo("no change");
    }
}
