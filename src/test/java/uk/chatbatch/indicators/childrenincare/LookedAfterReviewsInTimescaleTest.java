package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_LATEST_REVIEW;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
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

class LookedAfterReviewsInTimescaleTest {

    /**
     * T = Mon 31 Mar 2025: 6 months before is 30 Sep 2024 and 3 months before is 31 Dec 2024. March 2025 has
     * no bank holiday, so a child who started on Mon 3 Mar reaches 20 working days on T.
     */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final LookedAfterReviewsInTimescale indicator = new LookedAfterReviewsInTimescale();

    @ParameterizedTest(name = "{0}: in time {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                        | started    | ceased     | review     | in time | looked after
            no review, T is the 20th working day after the start          | 2025-03-03 |            |            | 1       | 1
            no review, T is the 21st working day after the start          | 2025-02-28 |            |            | 0       | 1
            no review, started on T                                       | 2025-03-31 |            |            | 1       | 1
            no review in ten months                                       | 2024-06-01 |            |            | 0       | 1
            later review exactly 6 months before T                        | 2020-01-01 |            | 2024-09-30 | 1       | 1
            later review 6 months and a day before T                      | 2020-01-01 |            | 2024-09-29 | 0       | 1
            later review, first seen 7 months after the start             | 2024-06-03 |            | 2024-12-30 | 1       | 1
            first review within 20 working days, exactly 3 months ago   | 2024-12-10 |            | 2024-12-31 | 1       | 1
            first review, 3 months and a day ago: second overdue          | 2024-12-10 |            | 2024-12-30 | 0       | 1
            first review three and a half months ago: second overdue      | 2024-12-02 |            | 2024-12-16 | 0       | 1
            first review held late is not seen: the 6-month rule          | 2025-01-06 |            | 2025-02-17 | 1       | 1
            review before the start: data error, left out of both         | 2025-01-06 |            | 2024-12-01 | 0       | 0
            review after T: data error, left out of both                  | 2024-01-06 |            | 2025-04-01 | 0       | 0
            ceased on T                                                   | 2020-01-01 | 2025-03-31 | 2025-03-01 | 0       | 0
            started 2015 with no review: late, no calendar needed         | 2015-01-01 |            |            | 0       | 1
            """)
    void measuresChildrenLookedAfterAgainstTheReviewTimescales(String boundary, LocalDate started, LocalDate ceased,
                                                               LocalDate review, long inTime, long lookedAfter) {
        assertRatio(inTime, lookedAfter, indicator.compute(only(CHILDREN_IN_CARE,
                child(started, ceased, review, "North")), T));
    }

    @Test
    void breaksDownByTeam() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE,
                child(LocalDate.of(2020, 1, 1), null, LocalDate.of(2025, 1, 15), "North"),    // in time
                child(LocalDate.of(2020, 1, 1), null, LocalDate.of(2024, 6, 1), "North"),     // overdue
                child(LocalDate.of(2020, 1, 1), null, LocalDate.of(2024, 12, 1), null)), T);  // in time

        assertThat(result.values()).containsExactly(
                IndicatorValue.percent("all", "all", 2, 3),
                IndicatorValue.percent("team", "North", 1, 2),
                IndicatorValue.percent("team", "unallocated", 1, 1));
    }

    private static TableRecord child(LocalDate started, LocalDate ceased, LocalDate review, String team) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased)
                .set(CLA_LATEST_REVIEW, review).set(ALLOCATED_TEAM, team).build();
    }
}
