package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.childrenincare.ReturnInterviewsOfferedTest.child;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;

class ReturnInterviewsAcceptedTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ReturnInterviewsAccepted indicator = new ReturnInterviewsAccepted();

    @ParameterizedTest(name = "{0}: accepted {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                           | offered | accepted | counted | offered after going missing
            offered and accepted                             | Yes     | Yes      | 1       | 1
            offered, declined                                | Yes     | No       | 0       | 1
            offered, answer blank                            | Yes     |          | 0       | 1
            accepted without an offer: not measured          | No      | Yes      | 0       | 0
            offer unknown: not measured                      | Unknown | Yes      | 0       | 0
            """)
    void measuresChildrenOfferedAReturnInterview(String boundary, String offered, String accepted, long counted,
                                                 long offeredAfterGoingMissing) {
        assertRatio(counted, offeredAfterGoingMissing, indicator.compute(only(CHILDREN_IN_CARE,
                child(null, 1, offered, accepted)), T));
    }

    @Test
    void acceptedOfThoseOffered() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE,
                child(null, 3, "Yes", "Yes"), child(null, 1, "Yes", "No"), child(null, 1, "Yes", "No"),
                child(null, 2, "Yes", "No"), child(null, 0, "Yes", "Yes")), T);   // never missing: not measured

        assertRatio(1, 4, result);
        assertThat(headline(result).value()).isEqualTo(25.0);
    }
}
