package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_PLACEMENTS_LAST_12_MONTHS;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.model.table.TableRecord;

class ThreeOrMorePlacementsInTwelveMonthsTest {

    /** T = 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ThreeOrMorePlacementsInTwelveMonths indicator = new ThreeOrMorePlacementsInTwelveMonths();

    @ParameterizedTest(name = "{0}: three or more {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                           | started    | ceased     | placements | 3+ | looked after at T
            three placements                                 | 2023-01-01 |            | 3          | 1  | 1
            two placements                                   | 2023-01-01 |            | 2          | 0  | 1
            six placements                                   | 2023-01-01 |            | 6          | 1  | 1
            placements blank: stays in the denominator       | 2023-01-01 |            |            | 0  | 1
            started on T                                     | 2025-03-31 |            | 3          | 1  | 1
            ceased on T: not looked after at T               | 2023-01-01 | 2025-03-31 | 4          | 0  | 0
            ceases the day after T                           | 2023-01-01 | 2025-04-01 | 4          | 1  | 1
            starts the day after T                           | 2025-04-01 |            | 3          | 0  | 0
            """)
    void measuresChildrenLookedAfterAtThePeriodEnd(String boundary, LocalDate started, LocalDate ceased,
                                                   Integer placements, long threeOrMore, long lookedAfter) {
        assertRatio(threeOrMore, lookedAfter,
                indicator.compute(only(CHILDREN_IN_CARE, child(started, ceased, placements)), T));
    }

    @Test
    void percentageOfChildrenLookedAfter() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE,
                child(LocalDate.of(2020, 1, 1), null, 1),
                child(LocalDate.of(2021, 1, 1), null, 2),
                child(LocalDate.of(2022, 1, 1), null, 1),
                child(LocalDate.of(2024, 6, 1), null, 3),                          // three or more
                child(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 2, 1), 5)),    // ceased before T: not measured
                T);

        assertRatio(1, 4, result);
        assertThat(headline(result).value()).isEqualTo(25.0);
    }

    @Test
    void noChildrenLookedAfterIsNoCasesWithNoValue() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(result).value()).isNull();
        assertThat(result.message()).isEqualTo("no children looked after at the period end");
    }

    private static TableRecord child(LocalDate started, LocalDate ceased, Integer placements) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased)
                .set(CLA_PLACEMENTS_LAST_12_MONTHS, placements).build();
    }
}
