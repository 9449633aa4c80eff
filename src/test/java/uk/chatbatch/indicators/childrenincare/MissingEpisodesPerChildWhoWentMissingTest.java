package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.missing;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Ssda903Testing;

class MissingEpisodesPerChildWhoWentMissingTest {

    /** T = 31 Mar 2025: the 12 months are 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final MissingEpisodesPerChildWhoWentMissing indicator = new MissingEpisodesPerChildWhoWentMissing();

    @Test
    void episodesDividedByTheChildrenWhoWentMissing() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2023-01-01 | S | C2 | U4 |  |
                C2 | 2023-01-01 | S | C2 | U4 |  |
                C3 | 2023-01-01 | S | C2 | U4 |  |     # never missing: not a child who went missing
                """), missing("""
                C1 | M | 2024-05-01 | 2024-05-02        # 1
                C1 | M | 2024-06-01 | 2024-06-02        # 2
                C1 | M | 2024-07-01 | 2024-07-02        # 3
                C1 | M | 2024-03-31 | 2024-04-01        # started before the 12 months: not counted
                C2 | M | 2025-03-31 |                   # 4: on T, not yet back
                C2 | A | 2024-08-01 | 2024-08-01        # away, not missing: not counted
                """)), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(headline(result)).isEqualTo(new IndicatorValue("all", "all", 4, null, 2.0));
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C1", "C1", "C1", "C2");
        assertThat(result.counted()).extracting(r -> r.list()).containsOnly("SSDA903 Missing");
    }

    @Test
    void noCasesWhenNoChildWentMissing() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("C1 | 2023-01-01 | S | C2 | U4 |  |"),
                missing("C1 | A | 2024-05-01 | 2024-05-02")), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(result).value()).isNull();
    }
}
