package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.PLACEMENT_START_DATE;
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
import uk.chatbatch.model.table.TableRecord;

class LongTermPlacementStabilityTest {

    /** T = 31 Mar 2025: two and a half years before is 30 Sep 2022; two years before is 31 Mar 2023. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final LongTermPlacementStability indicator = new LongTermPlacementStability();

    @ParameterizedTest(name = "{0}: stable {6} of {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                              | started    | ceased     | born       | age | placed     | stable | cohort
            in the same placement for 3 years                   | 2020-01-01 |            | 2012-05-01 |     | 2022-01-01 | 1      | 1
            placed exactly two years before T                   | 2020-01-01 |            | 2012-05-01 |     | 2023-03-31 | 1      | 1
            placed two years less a day before T                | 2020-01-01 |            | 2012-05-01 |     | 2023-04-01 | 0      | 1
            looked after exactly two and a half years           | 2022-09-30 |            | 2012-05-01 |     | 2022-09-30 | 1      | 1
            looked after two and a half years less a day        | 2022-10-01 |            | 2012-05-01 |     | 2022-10-01 | 0      | 0
            15 at T                                             | 2020-01-01 |            | 2009-04-01 |     | 2022-01-01 | 1      | 1
            16 on T: not under 16                               | 2020-01-01 |            | 2009-03-31 |     | 2022-01-01 | 0      | 0
            no date of birth, age 10 given                      | 2020-01-01 |            |            | 10  | 2022-01-01 | 1      | 1
            age unknown: left out                               | 2020-01-01 |            |            |     | 2022-01-01 | 0      | 0
            blank placement start: stays in the denominator     | 2020-01-01 |            | 2012-05-01 |     |            | 0      | 1
            ceased on T                                         | 2020-01-01 | 2025-03-31 | 2012-05-01 |     | 2022-01-01 | 0      | 0
            """)
    void measuresUnder16sLookedAfterTwoAndAHalfYears(String boundary, LocalDate started, LocalDate ceased,
                                                     LocalDate born, Integer age, LocalDate placed, long stable,
                                                     long cohort) {
        assertRatio(stable, cohort, indicator.compute(only(CHILDREN_IN_CARE,
                child(started, ceased, born, age, placed)), T));
    }

    @Test
    void percentageOfTheCohort() {
        LocalDate started = LocalDate.of(2019, 1, 1);
        LocalDate born = LocalDate.of(2013, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE,
                child(started, null, born, null, LocalDate.of(2020, 1, 1)),      // stable
                child(started, null, born, null, LocalDate.of(2021, 1, 1)),      // stable
                child(started, null, born, null, LocalDate.of(2021, 6, 1)),      // stable
                child(started, null, born, null, LocalDate.of(2024, 12, 1)),     // moved recently
                child(LocalDate.of(2024, 1, 1), null, born, null, LocalDate.of(2024, 1, 1))),  // not in the cohort
                T);

        assertRatio(3, 4, result);
        assertThat(headline(result).value()).isEqualTo(75.0);
    }

    private static TableRecord child(LocalDate started, LocalDate ceased, LocalDate born, Integer age,
                                      LocalDate placed) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased)
                .set(DATE_OF_BIRTH, born).set(AGE, age).set(PLACEMENT_START_DATE, placed).build();
    }
}
