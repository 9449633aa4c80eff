package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Ssda903Testing;

import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.oc2;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;
import static uk.chatbatch.ssda903.Ssda903Field.HEALTH_ASSESSMENT;
import static uk.chatbatch.ssda903.Ssda903Field.TEETH_CHECK;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class DentalChecksUpToDate903Test {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final DentalChecksUpToDate903 indicator = new DentalChecksUpToDate903();

    @ParameterizedTest(name = "{0}: {3} of 1")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                              | teeth | health | checked
            teeth checked                                       | 1     | 0      | 1
            not checked                                         | 0     | 1      | 0
            blank                                               |       | 1      | 0
            """)
    void readsTheTeethCheckFlag(String scenario, String teeth, String health, long checked) {
        assertRatio(checked, 1, indicator.compute(returnHolding(List.of(
                oc2("C1", 2024, LocalDate.of(2015, 6, 1), TEETH_CHECK, teeth, HEALTH_ASSESSMENT, health))), T));
    }

    @Test
    void theCohortIsChildrenLookedAfterContinuouslyFor12Months() {
        LocalDate born = LocalDate.of(2012, 1, 1);
        assertRatio(1, 2, indicator.compute(returnHolding(List.of(
                oc2("C1", 2024, born, TEETH_CHECK, "1"),        // looked after since 2023: checked
                oc2("C2", 2024, born, TEETH_CHECK, "1"),        // looked after only since 2 April 2024: left out
                oc2("C3", 2024, born, TEETH_CHECK, "0")),       // looked after since 1 April 2024: not checked
                episodes("""
                C1 | 2023-06-01 | S | C2 | U4 |  |
                C2 | 2024-04-02 | S | C2 | U4 |  |
                C3 | 2024-04-01 | S | C2 | U4 |  |
                """)), T));
    }
}
