package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;

class ChildrenLookedAfterAtPeriodEnd903Test {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenLookedAfterAtPeriodEnd903 indicator = new ChildrenLookedAfterAtPeriodEnd903();

    @ParameterizedTest(name = "{0}: counted {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                       | DECOM      | LS | DEC        | REC | year | counted
            open episode                                 | 2024-06-01 | C2 |            |     |      | 1
            started on T                                 | 2025-03-31 | C1 |            |     |      | 1
            started the day after T                      | 2025-04-01 | C1 |            |     |      | 0
            ceased on T: not looked after at T           | 2024-06-01 | C2 | 2025-03-31 | E4A |      | 0
            ceased the day after T                       | 2024-06-01 | C2 | 2025-04-01 | E4A |      | 1
            short breaks, episodes recorded (V3)         | 2025-03-30 | V3 |            |     |      | 0
            short breaks, agreement recorded (V4)        | 2024-06-01 | V4 |            |     |      | 0
            section 20 (V2) is not a short break         | 2024-06-01 | V2 |            |     |      | 1
            left open in the latest year supplied        | 2024-06-01 | C2 |            |     | 2024 | 1
            """)
    void countsChildrenWithAnEpisodeOpenAtThePeriodEnd(String scenario, LocalDate decom, String legalStatus,
                                                      LocalDate dec, String rec, Integer year, long counted) {
        String row = "C1 | " + decom + " | S | " + legalStatus + " | U4 | " + (dec == null ? "" : dec) + " | "
                + (rec == null ? "" : rec) + " | | | | " + (year == null ? "" : year);
        assertCount(counted, indicator.compute(returnHolding(episodes(row)), T));
    }

    @Test
    void anEpisodeLeftOpenInAnEarlierYearIsTakenToHaveEndedThen() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2022-06-01 | S | C2 | U4 |  |  | | | | 2022   # open error: not in the 2024-25 return
                C2 | 2024-06-01 | S | C2 | U4 |  |  | | | | 2024   # open in the latest year: counted
                """)), T);

        assertCount(1, result);
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C2");
    }

    @Test
    void countsEachChildOnceByTheOpenEpisodesLegalStatusAndPlacement() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2023-01-01 | S | C1 | U6 | 2023-05-01 | X1
                C1 | 2023-05-01 | L | C2 | U6 |            |       # C1 counted once, as C2 in foster care
                C2 | 2024-01-01 | S | E1 | A6 |            |
                C3 | 2024-01-01 | S | V2 | K2 |            |
                C4 | 2024-01-01 | S | V3 | U6 | 2024-01-03 | E8    # short break, over
                """)), T);

        assertCount(3, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("legal status", "C2", 1),
                IndicatorValue.count("legal status", "E1", 1),
                IndicatorValue.count("legal status", "V2", 1),
                IndicatorValue.count("legal status", "C1", 0),
                IndicatorValue.count("legal status", "unknown", 0),
                IndicatorValue.count("placement group", "foster (including kinship)", 1),
                IndicatorValue.count("placement group", "placed for adoption", 1),
                IndicatorValue.count("placement group", "children's homes", 1));
        assertThat(result.values()).extracting(IndicatorValue::breakdownValue).doesNotContain("V3", "V4");
        assertThat(result.counted()).extracting(r -> r.source().location()).containsOnly("SSDA903 Episodes");
    }

    @Test
    void notComputedWithoutEpisodes() {
        IndicatorResult result = IndicatorEngine.forAllIndicators().compute(indicator, returnHolding(), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.LIST_NOT_SUPPLIED);
        assertThat(result.message()).contains("Episodes");
    }
}
