package uk.chatbatch.indicators.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.chatbatch.annexa.AnnexAList.EARLY_HELP;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.GENDER;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

class ChildrenWithEarlyHelpAssessmentsTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));
    private static final LocalDate BORN_15_JUNE_2018 = LocalDate.of(2018, 6, 15);

    private final ChildrenWithEarlyHelpAssessments indicator = new ChildrenWithEarlyHelpAssessments();

    @ParameterizedTest(name = "{0}: children {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | start      | children
            first day of the window         | 2025-03-31 | 1
            T minus 6 months                | 2025-03-30 | 0
            T itself                        | 2025-09-30 | 1
            """)
    void countsChildrenWithAnAssessmentStartingInTheWindow(String boundary, LocalDate start, long children) {
        assertCount(children, indicator.compute(only(EARLY_HELP, assessment("C1", start, "Male", 2)), T));
    }

    @Test
    void eachChildOnceInThePyramidByTheirFirstAssessmentInTheWindow() {
        IndicatorResult result = indicator.compute(only(EARLY_HELP,
                assessment("C1", LocalDate.of(2025, 8, 1), "Female", 2),    // C1 again, now 7: not counted again
                assessment("C1", LocalDate.of(2025, 5, 1), "Female", 3),    // C1's first in the window: aged 6
                assessment("C2", LocalDate.of(2025, 7, 1), "Male", 4),      // aged 7
                assessment("C3", LocalDate.of(2025, 3, 1), "Male", 5)),     // before the window: not a child here
                T);

        assertCount(2, result);
        assertThat(result.values()).hasSize(1 + 28 * 3).contains(
                IndicatorValue.count("age and gender", "6 / female", 1),
                IndicatorValue.count("age and gender", "7 / female", 0),
                IndicatorValue.count("age and gender", "7 / male", 1));
        assertThat(result.counted()).extracting(CountedRecord::childId, r -> r.source().row())
                .containsExactly(tuple("C1", 3), tuple("C2", 4));
    }

    private static TableRecord assessment(String child, LocalDate start, String gender, int excelRow) {
        return TableRecord.builder(EARLY_HELP, Origin.inSheet("test.xlsx", "Early help", excelRow))
                .set(CHILD_ID, child).set(EH_ASSESSMENT_START_DATE, start).set(DATE_OF_BIRTH, BORN_15_JUNE_2018)
                .set(GENDER, gender).build();
    }
}
