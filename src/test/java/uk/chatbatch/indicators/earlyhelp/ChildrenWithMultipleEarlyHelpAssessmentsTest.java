package uk.chatbatch.indicators.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.EARLY_HELP;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
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

class ChildrenWithMultipleEarlyHelpAssessmentsTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildrenWithMultipleEarlyHelpAssessments indicator = new ChildrenWithMultipleEarlyHelpAssessments();

    @ParameterizedTest(name = "{0}: children {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                       | start      | children
            first day of the window      | 2025-03-31 | 1
            T minus 6 months             | 2025-03-30 | 0
            """)
    void countsChildrenWithAnAssessmentStartingInTheWindow(String boundary, LocalDate start, long children) {
        assertCount(children, indicator.compute(only(EARLY_HELP, assessment("C1", start)), T));
    }

    @Test
    void groupsChildrenByTheirNumberOfAssessmentsInTheWindow() {
        IndicatorResult result = indicator.compute(only(EARLY_HELP,
                assessment("C1", LocalDate.of(2025, 4, 1)),
                assessment("C1", LocalDate.of(2025, 6, 1)),
                assessment("C1", LocalDate.of(2025, 9, 1)),      // C1: 3
                assessment("C2", LocalDate.of(2025, 5, 1)),
                assessment("C2", LocalDate.of(2025, 1, 1)),      // before the window: C2 has 1
                assessment("C3", LocalDate.of(2025, 7, 1))),     // C3: 1
                T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 3),
                IndicatorValue.count("records per child", "1", 2),
                IndicatorValue.count("records per child", "2", 0),
                IndicatorValue.count("records per child", "3", 1),
                IndicatorValue.count("records per child", "4", 0),
                IndicatorValue.count("records per child", "5 or more", 0));
    }

    private static TableRecord assessment(String child, LocalDate start) {
        return row(EARLY_HELP).set(CHILD_ID, child).set(EH_ASSESSMENT_START_DATE, start).build();
    }
}
