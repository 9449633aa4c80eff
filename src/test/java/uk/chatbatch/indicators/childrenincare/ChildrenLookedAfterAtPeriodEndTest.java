package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class ChildrenLookedAfterAtPeriodEndTest {

    /** T = 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenLookedAfterAtPeriodEnd indicator = new ChildrenLookedAfterAtPeriodEnd();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                       | started    | ceased     | counted
            looked after for years, not ceased           | 2019-05-01 |            | 1
            started on T                                 | 2025-03-31 |            | 1
            starts the day after T                       | 2025-04-01 |            | 0
            ceased on T: not looked after at T           | 2024-01-01 | 2025-03-31 | 0
            ceases the day after T: looked after at T    | 2024-01-01 | 2025-04-01 | 1
            ceased in the window                         | 2024-01-01 | 2025-01-15 | 0
            """)
    void countsChildrenLookedAfterAtThePeriodEnd(String boundary, LocalDate started, LocalDate ceased, long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_CARE, row(CHILDREN_IN_CARE).set(CHILD_ID, "C1")
                .set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased).build()), T));
    }
}
