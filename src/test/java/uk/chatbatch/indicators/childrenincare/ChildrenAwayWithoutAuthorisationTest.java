package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_ABSENT_EPISODES;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
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

class ChildrenAwayWithoutAuthorisationTest {

    /** Each row a different child unless a test says otherwise. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_CHILD = new java.util.concurrent.atomic.AtomicInteger();

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenAwayWithoutAuthorisation indicator = new ChildrenAwayWithoutAuthorisation();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                            | ceased     | absences | counted
            absent once                                       |            | 1        | 1
            never absent                                      |            | 0        | 0
            blank count                                       |            |          | 0
            ceased on the first day of the window             | 2024-10-01 | 3        | 1
            ceased on T minus 6 months                        | 2024-09-30 | 3        | 0
            """)
    void countsChildrenInTheWindowAwayWithoutAuthorisation(String boundary, LocalDate ceased, Integer absences,
                                                           long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_CARE, child(ceased, absences)), T));
    }

    @Test
    void countsChildrenByNumberOfAbsences() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE, child(null, 3), child(null, 4),
                child(null, 4), child(null, 0)), T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 3),
                IndicatorValue.count("absent episodes per child", "1", 0),
                IndicatorValue.count("absent episodes per child", "2", 0),
                IndicatorValue.count("absent episodes per child", "3", 1),
                IndicatorValue.count("absent episodes per child", "4", 2),
                IndicatorValue.count("absent episodes per child", "5 or more", 0),
                IndicatorValue.count("absent episodes per child", "unknown", 0));
    }

    private static TableRecord child(LocalDate ceased, Integer absences) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C" + NEXT_CHILD.incrementAndGet()).set(CLA_START_DATE, LocalDate.of(2023, 1, 1))
                .set(CLA_CEASED_DATE, ceased).set(CLA_ABSENT_EPISODES, absences).build();
    }
}
