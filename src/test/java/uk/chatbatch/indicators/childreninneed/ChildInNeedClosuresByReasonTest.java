package uk.chatbatch.indicators.childreninneed;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_REASON;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
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

class ChildInNeedClosuresByReasonTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildInNeedClosuresByReason indicator = new ChildInNeedClosuresByReason();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | start      | closure    | counted
            closed on the first day of the window          | 2024-01-01 | 2025-03-31 | 1
            closed on T minus 6 months                     | 2024-01-01 | 2025-03-30 | 0
            closed on T                                    | 2024-01-01 | 2025-09-30 | 1
            closes the day after T                         | 2024-01-01 | 2025-10-01 | 0
            still open                                     | 2024-01-01 |            | 0
            closed before it started: still a closure      | 2025-08-01 | 2025-07-01 | 1
            blank start date (template allows): a closure  |            | 2025-07-01 | 1
            blank start date, still open                   |            |            | 0
            """)
    void countsClosuresDatedInTheWindow(String boundary, LocalDate start, LocalDate closure, long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_NEED, episode("C1", start, closure, "RC7")), T));
    }

    @Test
    void countsEachReasonIncludingTheNewRc9() {
        LocalDate closed = LocalDate.of(2025, 7, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", LocalDate.of(2025, 1, 1), closed, "RC8"),
                episode("C2", LocalDate.of(2025, 1, 1), closed, "RC8"),
                episode("C3", LocalDate.of(2025, 1, 1), closed, "RC9"),
                episode("C4", LocalDate.of(2025, 1, 1), closed, null)),      // blank reason: unknown
                T);

        assertCount(4, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("reason for closure", "RC1", 0),
                IndicatorValue.count("reason for closure", "RC8", 2),
                IndicatorValue.count("reason for closure", "RC9", 1),
                IndicatorValue.count("reason for closure", "unknown", 1));
    }

    private static TableRecord episode(String child, LocalDate start, LocalDate closure, String reason) {
        return row(CHILDREN_IN_NEED).set(CHILD_ID, child).set(CIN_START_DATE, start).set(CIN_CLOSURE_DATE, closure)
                .set(CIN_CLOSURE_REASON, reason).build();
    }
}
