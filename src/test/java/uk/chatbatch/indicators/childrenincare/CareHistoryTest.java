package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Ssda903Testing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareHistoryTest {

    private static CareHistory only(String table) {
        List<CareHistory> histories = CareHistory.of(episodes(table));
        assertThat(histories).hasSize(1);
        return histories.get(0);
    }

    private static List<LocalDate> placementStarts(CareHistory history) {
        return history.placements().stream().map(Placement::start).toList();
    }

    @Test
    void aChangeOfCarersStartsAPlacementAndAChangeOfLegalStatusDoesNot() {
        CareHistory history = only("""
                C1 | 2024-01-01 | S | C1 | U6 | 2024-02-01 | X1
                C1 | 2024-02-01 | L | C2 | U6 | 2024-03-01 | X1   # legal status only: same placement
                C1 | 2024-03-01 | P | C2 | U4 | 2024-04-01 | X1   # new carers
                C1 | 2024-04-01 | B | E1 | U5 | 2024-05-01 | X1   # legal status and new carers
                C1 | 2024-05-01 | T | E1 | U5 | 2024-06-01 | X1   # same carers, new placement details
                C1 | 2024-06-01 | U | E1 | A6 |            |      # legal status and placement, same carers
                """);

        assertThat(history.periods()).hasSize(1);
        assertThat(placementStarts(history)).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 4, 1));
    }

    @Test
    void placedForAdoptionWithTheCurrentFosterCarerContinuesThatPlacement() {
        CareHistory history = only("""
                C1 | 2022-01-01 | S | C2 | U5 | 2024-01-01 | X1
                C1 | 2024-01-01 | P | E1 | A5 |            |      # coded P, but A5 is the current foster carer
                """);

        assertThat(placementStarts(history)).containsExactly(LocalDate.of(2022, 1, 1));
    }

    @Test
    void aTemporaryPlacementIsNotCountedAndReturningToTheSamePlacementIsNotANewOne() {
        CareHistory history = only("""
                C1 | 2024-01-01 | S | C2 | U4 | 2024-02-01 | X1 | AB1 2CD | SC1 |
                C1 | 2024-02-01 | P | C2 | T1 | 2024-02-05 | X1 |         |     |       # hospital
                C1 | 2024-02-05 | P | C2 | U4 | 2024-03-01 | X1 | AB1 2CD | SC1 |       # back to the same carers
                C1 | 2024-03-01 | P | C2 | T2 | 2024-03-08 | X1 |         |     |       # holiday
                C1 | 2024-03-08 | P | C2 | U4 |            |    | ZZ9 9ZZ | SC1 |       # a different foster home
                """);

        assertThat(placementStarts(history)).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 8));
        assertThat(history.placements().get(0).end()).isEqualTo(LocalDate.of(2024, 3, 8));
    }

    @Test
    void aGapOrAStartBeginsANewPeriodOfCareAndPlacement() {
        CareHistory history = only("""
                C1 | 2023-01-01 | S | V2 | U6 | 2023-03-01 | E4A
                C1 | 2023-06-01 | S | C1 | U6 | 2023-09-01 | X1
                C1 | 2023-09-02 | P | C2 | U4 |            |      # a day's gap: a new period of care
                """);

        assertThat(history.periods()).extracting(PeriodOfCare::start).containsExactly(LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 2));
        assertThat(history.periods().get(0).ceased()).isTrue();
        assertThat(history.periods().get(1).ceased()).as("ended X1 with no episode that day").isFalse();
        assertThat(history.placements()).hasSize(3);
    }

    @Test
    void shortBreakEpisodesAreNotPlacements() {
        CareHistory history = only("""
                C1 | 2024-01-05 | S | V3 | U6 | 2024-01-07 | E13
                C1 | 2024-02-05 | S | V3 | U6 | 2024-02-07 | E13
                """);

        assertThat(history.periods()).hasSize(2);
        assertThat(history.placements()).isEmpty();
    }

    @Test
    void anOpenEpisodeFollowedByAnotherEndsWhenTheNextStarts() {
        CareHistory history = only("""
                C1 | 2024-01-01 | S | C2 | U6 |            |      # left open by mistake
                C1 | 2024-05-01 | P | C2 | U4 |            |
                """);

        CareEpisode first = history.episodes().get(0);
        assertThat(first.end()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(first.endRecorded()).isFalse();
        assertThat(history.periods()).hasSize(1);
        assertThat(history.periods().get(0).ceased()).isFalse();
    }
}
