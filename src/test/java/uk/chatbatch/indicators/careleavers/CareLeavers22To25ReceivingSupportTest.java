package uk.chatbatch.indicators.careleavers;

import uk.chatbatch.indicators.Ssda903Testing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.oc3;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;

class CareLeavers22To25ReceivingSupportTest {

    /** T = 31 Mar 2025: ages at 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CareLeavers22To25ReceivingSupport indicator = new CareLeavers22To25ReceivingSupport();

    @ParameterizedTest(name = "{0}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | born       | IN_TOUCH | supported | aged 22 to 25
            22, asked for and received support            | 2002-06-01 | YES      | 1         | 1
            22, not in touch                              | 2002-06-01 | NO       | 0         | 1
            22 on 31 Mar 2025 exactly                     | 2003-03-31 | YES      | 1         | 1
            21: not in the group                          | 2003-04-01 | YES      | 0         | 0
            25                                            | 1999-04-01 | YES      | 1         | 1
            26 on 31 Mar 2025: not in the group           | 1999-03-31 | YES      | 0         | 0
            died: left out                                | 2002-06-01 | DIED     | 0         | 0
            """)
    void careLeavers22To25WhoReceivedSupport(String scenario, LocalDate born, String inTouch, long supported,
                                            long aged22To25) {
        assertRatio(supported, aged22To25, indicator.compute(returnHolding(List.of(
                oc3("C1", 2024, born, inTouch, "0", "0"))), T));
    }

    @Test
    void bySingleYearOfAge() {
        IndicatorResult result = indicator.compute(returnHolding(List.of(
                oc3("C1", 2024, LocalDate.of(2002, 6, 1), "YES", "0", "0"),
                oc3("C2", 2024, LocalDate.of(2002, 6, 1), "NO", "0", "0"),
                oc3("C3", 2024, LocalDate.of(2000, 6, 1), "YES", "0", "0"))), T);

        assertThat(result.values()).contains(IndicatorValue.percent("age", "22", 1, 2),
                IndicatorValue.percent("age", "23", 0, 0), IndicatorValue.percent("age", "24", 1, 1));
    }
}
