package uk.chatbatch.indicators.childreninneed;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.cin.CinField.EXPECTED_PERSON_BIRTH_DATE;
import static uk.chatbatch.cin.CinField.PERSON_BIRTH_DATE;
import static uk.chatbatch.indicators.CensusRows.assessment;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.child;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.CensusRows.factor;
import static uk.chatbatch.indicators.CensusRows.plan;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Assessment;
import uk.chatbatch.model.table.TableRecord;

class CensusHistoryTest {

    @Test
    void joinsRowsToTheirEpisodeByChildAndPosition() {
        TableRecord first = episode("C1", 1, d("2024-05-01"), d("2024-06-01"));
        TableRecord second = episode("C1", 2, d("2024-11-01"), null);
        TableRecord other = episode("C2", 1, d("2024-11-01"), null);
        TableRecord assessed = assessment(second, 1, d("2024-11-02"), d("2024-12-02"));

        CensusHistory census = CensusHistory.of(census(first, second, other, assessed,
                factor(assessed, "4B"), factor(assessed, "3C"),
                plan(other, 1, d("2024-12-01"), null, 0)).returns());

        Assessment assessment = census.assessments().get(0);
        assertThat(assessment.episode().row()).isEqualTo(second);               // C1's second episode, not C2's
        assertThat(assessment.factors()).containsExactlyInAnyOrder("4B", "3C");
        assertThat(census.plans().get(0).episode().row()).isEqualTo(other);
        assertThat(census.episodesOf("C1")).hasSize(2);
        assertThat(census.plansOf("C1")).isEmpty();
    }

    @Test
    void anEpisodeInTwoCensusYearsIsReadOnceFromTheLaterYearWithWhatIsUnderItThere() {
        TableRecord in2024 = episode("C1", 1, d("2024-02-01")).from("cin-2024.xml", 2024).build();
        TableRecord in2025 = episode("C1", 3, d("2024-02-01")).build();                // same referral, position 3 there
        TableRecord olderOnly = episode("C1", 2, d("2023-01-01")).from("cin-2024.xml", 2024).build();

        CensusHistory census = CensusHistory.of(census(in2024, olderOnly, in2025,
                assessment(in2024, 1, d("2024-02-02"), null),                      // as it was at March 2024
                assessment(in2025, 1, d("2024-02-02"), d("2024-04-10"))).returns());

        assertThat(census.episodes()).extracting(CensusHistory.Episode::row).containsExactlyInAnyOrder(in2025, olderOnly);
        assertThat(census.assessments()).singleElement()
                .extracting(Assessment::authorised).isEqualTo(LocalDate.of(2024, 4, 10));
    }

    @Test
    void positionsRestartInEachFileSoRowsDoNotJoinAcrossFiles() {
        TableRecord in2024 = episode("C1", 1, d("2023-06-01")).from("cin-2024.xml", 2024).build();
        TableRecord in2025 = episode("C1", 1, d("2024-06-01")).build();

        CensusHistory census = CensusHistory.of(census(in2024, in2025,
                assessment(in2025, 1, d("2024-06-02"), d("2024-07-01"))).returns());

        assertThat(census.assessments()).singleElement()
                .extracting(a -> a.episode().row()).isEqualTo(in2025);
    }

    @Test
    void ageBandFromTheChildOfTheRowsOwnFile() {
        TableRecord baby = episode("C1", 1, d("2024-06-01"), null);
        TableRecord unborn = episode("C2", 1, d("2025-01-01"), null);
        TableRecord unknown = episode("C3", 1, d("2025-01-01"), null);
        CensusHistory census = CensusHistory.of(census(
                child("C1").set(PERSON_BIRTH_DATE, d("2024-04-01")).build(),
                child("C2").set(EXPECTED_PERSON_BIRTH_DATE, d("2025-05-01")).build(),
                baby, unborn, unknown).returns());

        LocalDate t = LocalDate.of(2025, 3, 31);
        assertThat(census.ageBand(baby, t)).isEqualTo("under 1");
        assertThat(census.ageBand(baby, LocalDate.of(2025, 4, 1))).as("first birthday").isEqualTo("1 to 4");
        assertThat(census.ageBand(unborn, t)).isEqualTo("unborn");
        assertThat(census.ageBand(unknown, t)).as("no Child row").isEqualTo("unknown");
    }
}
