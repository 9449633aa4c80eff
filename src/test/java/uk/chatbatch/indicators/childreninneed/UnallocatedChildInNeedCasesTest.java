package uk.chatbatch.indicators.childreninneed;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
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

class UnallocatedChildInNeedCasesTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final UnallocatedChildInNeedCases indicator = new UnallocatedChildInNeedCases();

    @ParameterizedTest(name = "{0}: counted {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | start      | closure    | worker      | counted
            blank or rejected worker                       | 2025-01-01 |            |             | 1
            allocated                                      | 2025-01-01 |            | A Worker    | 0
            the word Unallocated is text: allocated        | 2025-01-01 |            | Unallocated | 0
            blank worker but closed on T                   | 2025-01-01 | 2025-09-30 |             | 0
            blank worker, closes the day after T           | 2025-01-01 | 2025-10-01 |             | 1
            """)
    void countsOpenEpisodesWithNoWorker(String boundary, LocalDate start, LocalDate closure, String worker,
                                        long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_NEED, episode(start, closure, "Team A", worker)), T));
    }

    @Test
    void breaksDownByTeam() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_NEED,
                episode(start, null, "Team A", null),
                episode(start, null, "Team A", null),
                episode(start, null, "Team B", "A Worker"),       // allocated: not counted
                episode(start, null, null, null)), T);            // no team either

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 3),
                IndicatorValue.count("team", "Team A", 2),
                IndicatorValue.count("team", "unallocated", 1));
    }

    private static TableRecord episode(LocalDate start, LocalDate closure, String team, String worker) {
        return row(CHILDREN_IN_NEED).set(CHILD_ID, "C1").set(CIN_START_DATE, start).set(CIN_CLOSURE_DATE, closure)
                .set(ALLOCATED_TEAM, team).set(ALLOCATED_WORKER, worker).build();
    }
}
