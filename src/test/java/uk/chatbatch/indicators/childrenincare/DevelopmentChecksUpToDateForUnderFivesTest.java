package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Ssda903Testing;

import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.oc2;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;
import static uk.chatbatch.ssda903.Ssda903Field.HEALTH_CHECK;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class DevelopmentChecksUpToDateForUnderFivesTest {

    /** T = 30 Jun 2025: the OC2 year is 2024-25, ages at 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 6, 30));

    private final DevelopmentChecksUpToDateForUnderFives indicator = new DevelopmentChecksUpToDateForUnderFives();

    @ParameterizedTest(name = "{0}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | born       | flag | done | cohort
            aged 2, checks up to date                      | 2022-06-01 | 1    | 1    | 1
            aged 2, not up to date                         | 2022-06-01 | 0    | 0    | 1
            4 on 31 Mar 2025: under 5                      | 2020-04-01 | 1    | 1    | 1
            5 on 31 Mar 2025 exactly: not under 5          | 2020-03-31 | 1    | 0    | 0
            no date of birth: left out                     |            | 1    | 0    | 0
            """)
    void measuresChildrenUnderFiveAtThirtyFirstMarch(String scenario, LocalDate born, String flag, long done,
                                                    long cohort) {
        assertRatio(done, cohort, indicator.compute(returnHolding(List.of(oc2("C1", 2024, born, HEALTH_CHECK, flag))),
                T));
    }
}
