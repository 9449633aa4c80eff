package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_LATEST_REVIEW;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
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

class ChildProtectionReviewsInTimescaleTest {

    /** T = 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildProtectionReviewsInTimescale indicator = new ChildProtectionReviewsInTimescale();

    @ParameterizedTest(name = "{0}: in time {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                | start      | end        | review     | in time | open
            reviewed a month ago                                  | 2024-01-01 |            | 2025-08-30 | 1       | 1
            reviewed exactly 6 months before T                    | 2024-01-01 |            | 2025-03-30 | 1       | 1
            reviewed 6 months and a day before T                  | 2024-01-01 |            | 2025-03-29 | 0       | 1
            no review, started exactly 3 months before T          | 2025-06-30 |            |            | 1       | 1
            no review, started 3 months and a day before T        | 2025-06-29 |            |            | 0       | 1
            no review, started last week                          | 2025-09-23 |            |            | 1       | 1
            no review after two years                             | 2023-09-01 |            |            | 0       | 1
            review after T: data error, left out of both          | 2025-01-01 |            | 2025-10-01 | 0       | 0
            review before the plan started: data error            | 2025-07-01 |            | 2025-06-01 | 0       | 0
            review on the start date counts as a review           | 2025-07-01 |            | 2025-07-01 | 1       | 1
            plan ended on T                                       | 2024-01-01 | 2025-09-30 | 2025-08-30 | 0       | 0
            """)
    void measuresOpenPlansAgainstTheReviewTimescales(String boundary, LocalDate start, LocalDate end,
                                                     LocalDate review, long inTime, long open) {
        assertRatio(inTime, open, indicator.compute(only(CHILD_PROTECTION, plan(start, end, review, "North")), T));
    }

    @Test
    void breaksDownByTeam() {
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION,
                plan(LocalDate.of(2024, 1, 1), null, LocalDate.of(2025, 9, 1), "North"),    // in time
                plan(LocalDate.of(2024, 1, 1), null, LocalDate.of(2025, 1, 1), "North"),    // overdue
                plan(LocalDate.of(2025, 8, 1), null, null, null)), T);                      // first review not due

        assertRatio(2, 3, result);
        assertThat(result.values()).containsExactly(
                IndicatorValue.percent("all", "all", 2, 3),
                IndicatorValue.percent("team", "North", 1, 2),
                IndicatorValue.percent("team", "unallocated", 1, 1));
    }

    private static TableRecord plan(LocalDate start, LocalDate end, LocalDate review, String team) {
        return row(CHILD_PROTECTION).set(CHILD_ID, "C1").set(CP_START_DATE, start).set(CP_END_DATE, end)
                .set(CP_LATEST_REVIEW, review).set(ALLOCATED_TEAM, team).build();
    }
}
