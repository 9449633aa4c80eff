package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Ssda903Testing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.oc2;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;
import static uk.chatbatch.ssda903.Ssda903Field.SDQ_REASON;
import static uk.chatbatch.ssda903.Ssda903Field.SDQ_SCORE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;

class MeanStrengthsAndDifficultiesScoreTest {

    /** T = 31 Mar 2025: ages at 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final MeanStrengthsAndDifficultiesScore indicator = new MeanStrengthsAndDifficultiesScore();

    @ParameterizedTest(name = "{0}: measured {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                       | born       | score | measured
            aged 10 with a score                         | 2014-06-01 | 12    | 1
            4 on 31 Mar 2025 exactly                     | 2021-03-31 | 12    | 1
            3 on 31 Mar 2025: too young                  | 2021-04-01 | 12    | 0
            16 on 31 Mar 2025                            | 2008-04-01 | 12    | 1
            17 on 31 Mar 2025 exactly: too old           | 2008-03-31 | 12    | 0
            no score                                     | 2014-06-01 |       | 0
            """)
    void measuresChildrenAged4To16WithAScore(String scenario, LocalDate born, Integer score, long measured) {
        IndicatorResult result = indicator.compute(returnHolding(List.of(oc2("C1", 2024, born, SDQ_SCORE, score))), T);

        assertThat(headline(result).numerator()).isEqualTo(measured);
        assertThat(result.status()).isEqualTo(measured == 0 ? IndicatorStatus.NO_CASES : IndicatorStatus.COMPUTED);
    }

    @Test
    void theValueIsTheMeanScoreWithChildrenByBand() {
        LocalDate born = LocalDate.of(2014, 6, 1);
        IndicatorResult result = indicator.compute(returnHolding(List.of(
                oc2("C1", 2024, born, SDQ_SCORE, 10),
                oc2("C2", 2024, born, SDQ_SCORE, 13),       // top of normal
                oc2("C3", 2024, born, SDQ_SCORE, 14),       // bottom of borderline
                oc2("C4", 2024, born, SDQ_SCORE, 17),       // bottom of concern
                oc2("C5", 2024, born, SDQ_REASON, "SDQ2"))), T);   // carer refused: no score

        assertThat(result.values()).containsExactly(
                new IndicatorValue("all", "all", 4, null, 13.5),
                IndicatorValue.count("SDQ band", "normal (0 to 13)", 2),
                IndicatorValue.count("SDQ band", "borderline (14 to 16)", 1),
                IndicatorValue.count("SDQ band", "cause for concern (17 to 40)", 1));
    }
}
