package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.oc2;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;
import static uk.chatbatch.ssda903.Ssda903Field.HEALTH_ASSESSMENT;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;

class HealthAssessmentsUpToDate903Test {

    private static final LocalDate BORN = LocalDate.of(2015, 6, 1);

    private final HealthAssessmentsUpToDate903 indicator = new HealthAssessmentsUpToDate903();

    @ParameterizedTest(name = "{0}: {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | period end | year | flag | done | cohort
            assessed, 2024-25 row, T 31 Mar 2025               | 2025-03-31 | 2024 | 1    | 1    | 1
            not assessed                                       | 2025-03-31 | 2024 | 0    | 0    | 1
            blank: not assessed, still in the cohort           | 2025-03-31 | 2024 |      | 0    | 1
            file named no year: taken as the year's            | 2025-03-31 |      | 1    | 1    | 1
            T 30 Mar 2025 reads 2023-24: the 2024-25 row waits | 2025-03-30 | 2024 | 1    | 0    | 0
            T 30 Sep 2025 still reads 2024-25                  | 2025-09-30 | 2024 | 1    | 1    | 1
            an older year's row is not read                    | 2025-03-31 | 2023 | 1    | 0    | 0
            """)
    void readsTheOutcomeYearsFlag(String scenario, LocalDate periodEnd, Integer year, String flag, long done,
                                  long cohort) {
        IndicatorContext t = periodEnding(periodEnd);
        assertRatio(done, cohort, indicator.compute(returnHolding(List.of(
                oc2("C1", year, BORN, HEALTH_ASSESSMENT, flag))), t));
    }

    @Test
    void shareOfTheCohort() {
        assertRatio(2, 3, indicator.compute(returnHolding(List.of(
                oc2("C1", 2024, BORN, HEALTH_ASSESSMENT, "1"),
                oc2("C2", 2024, BORN, HEALTH_ASSESSMENT, "1"),
                oc2("C3", 2024, BORN, HEALTH_ASSESSMENT, "0"),
                oc2("C3", 2023, BORN, HEALTH_ASSESSMENT, "1"))),    // last year's outcome for C3: not read
                periodEnding(LocalDate.of(2025, 3, 31))));
    }

    @Test
    void theEngineNeedsOc2RowsButNotEpisodes() {
        IndicatorEngine engine = IndicatorEngine.forAllIndicators();
        IndicatorContext t = periodEnding(LocalDate.of(2025, 3, 31));

        IndicatorResult withoutEpisodes = engine.compute(indicator, returnHolding(List.of(
                oc2("C1", 2024, BORN, HEALTH_ASSESSMENT, "1"))), t);
        assertRatio(1, 1, withoutEpisodes);                          // Episodes are read if supplied

        IndicatorResult withoutOc2 = engine.compute(indicator, returnHolding(episodes(
                "C1 | 2023-01-01 | S | C2 | U4 |  |")), t);
        assertThat(withoutOc2.status()).isEqualTo(IndicatorStatus.LIST_NOT_SUPPLIED);
        assertThat(withoutOc2.message()).isEqualTo("the SSDA903 OC2 table was not supplied or holds no rows");
    }

    @Test
    void withEpisodesTheCohortIsDfesNotEveryOc2Row() {
        IndicatorResult result = indicator.compute(returnHolding(List.of(
                oc2("C1", 2024, BORN, HEALTH_ASSESSMENT, "1"),      // in the cohort, assessed
                oc2("C2", 2024, BORN, HEALTH_ASSESSMENT, "0"),      // in the cohort, not assessed
                oc2("C4", 2024, BORN, HEALTH_ASSESSMENT, "1")),     // started in September: not in the cohort
                episodes("""
                C1 | 2023-05-01 | S | C2 | U4 |            |
                C2 | 2024-04-01 | S | C2 | U4 |            |
                C3 | 2022-01-01 | S | C2 | U4 |            |       # in the cohort with no OC2 row: not done
                C4 | 2024-09-01 | S | C2 | U4 |            |
                """)), periodEnding(LocalDate.of(2025, 3, 31)));

        assertRatio(1, 3, result);
        assertThat(result.message()).isEqualTo("3 children looked after continuously for 12 months at 31 March 2025"
                + " by the Episodes table; 1 OC2 row of children outside it left out; 1 of the cohort with no OC2"
                + " row, counted as not done");
    }

    @Test
    void withoutEpisodesTheOc2RowsAreTheCohortAndTheMessageSaysSo() {
        IndicatorResult result = indicator.compute(returnHolding(List.of(oc2("C1", 2024, BORN, HEALTH_ASSESSMENT,
                "1"))), periodEnding(LocalDate.of(2025, 3, 31)));

        assertRatio(1, 1, result);
        assertThat(result.message()).isEqualTo("the Episodes table was not supplied, so the cohort is the 1 children"
                + " with an OC2 row of 2024-25 (ending 31 March 2025)");
    }
}
