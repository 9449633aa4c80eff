package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;
import static uk.chatbatch.indicators.Ssda903Testing.row;
import static uk.chatbatch.ssda903.Ssda903Field.CHILD;
import static uk.chatbatch.ssda903.Ssda903Field.DOB;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.Ssda903Testing;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

class LongTermPlacementStability903Test {

    /** T = 31 Mar 2025: two and a half years before is 30 Sep 2022; two years before is 31 Mar 2023. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final LongTermPlacementStability903 indicator = new LongTermPlacementStability903();

    @ParameterizedTest(name = "{0}: stable {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                           | started    | born       | placed     | stable | cohort
            in the same placement for three years            | 2020-01-01 | 2012-05-01 | 2022-01-01 | 1      | 1
            placed exactly two years before T                | 2020-01-01 | 2012-05-01 | 2023-03-31 | 1      | 1
            placed two years less a day before T             | 2020-01-01 | 2012-05-01 | 2023-04-01 | 0      | 1
            looked after exactly two and a half years        | 2022-09-30 | 2012-05-01 | 2022-09-30 | 1      | 1
            looked after two and a half years less a day     | 2022-10-01 | 2012-05-01 | 2022-10-01 | 0      | 0
            15 at T                                          | 2020-01-01 | 2009-04-01 | 2022-01-01 | 1      | 1
            16 on T: not under 16                            | 2020-01-01 | 2009-03-31 | 2022-01-01 | 0      | 0
            no date of birth: left out                       | 2020-01-01 |            | 2022-01-01 | 0      | 0
            """)
    void measuresUnder16sLookedAfterTwoAndAHalfYears(String scenario, LocalDate started, LocalDate born,
                                                     LocalDate placed, long stable, long cohort) {
        String history = started.equals(placed) ? "C1 | " + started + " | S | C2 | U4 |  |"
                : "C1 | " + started + " | S | C2 | U6 | " + placed + " | X1\nC1 | " + placed + " | P | C2 | U4 |  |";
        assertRatio(stable, cohort, indicator.compute(returnHolding(episodes(history), header("C1", born)), T));
    }

    @Test
    void aFosterPlacementAndAdoptionWithTheSameCarersCountTogether() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2021-01-01 | S | C1 | U6 | 2022-01-01 | X1
                C1 | 2022-01-01 | P | C2 | U5 | 2024-10-01 | X1   # fostering for adoption from Jan 2022
                C1 | 2024-10-01 | U | E1 | A5 |            |      # placed for adoption with the same carers
                C2 | 2021-01-01 | S | C1 | U6 | 2022-01-01 | X1
                C2 | 2022-01-01 | P | C2 | U4 | 2024-10-01 | X1
                C2 | 2024-10-01 | B | E1 | A6 |            |      # adopters who were not the foster carers
                """), header("C1", LocalDate.of(2020, 6, 1)), header("C2", LocalDate.of(2020, 6, 1))), T);

        assertRatio(1, 2, result);
        assertThat(headline(result).value()).isEqualTo(50.0);
    }

    private static List<TableRecord> header(String child, LocalDate born) {
        return List.of(row(Ssda903Table.HEADER).set(CHILD, child).set(DOB, born).build());
    }
}
