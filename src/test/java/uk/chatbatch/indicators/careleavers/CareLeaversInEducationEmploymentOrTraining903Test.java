package uk.chatbatch.indicators.careleavers;

import uk.chatbatch.indicators.Ssda903Testing;

import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.oc3;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class CareLeaversInEducationEmploymentOrTraining903Test {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));
    private static final LocalDate AGED_20 = LocalDate.of(2004, 6, 1);

    private final CareLeaversInEducationEmploymentOrTraining903 indicator =
            new CareLeaversInEducationEmploymentOrTraining903();

    @ParameterizedTest(name = "{0}: {2} of 1")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                      | ACTIV | EET
            full-time higher education                  | F1    | 1
            part-time other education                   | P2    | 1
            full-time apprenticeship                    | F4    | 1
            part-time training or employment            | P5    | 1
            training or employment, code used to 2020-21| F3    | 1
            NEET, illness or disability                 | G4    | 0
            NEET, pregnancy or parenting                | G6    | 0
            not known                                   | 0     | 0
            blank, as for one not in touch              |       | 0
            """)
    void educationEmploymentOrTrainingAmong19To21YearOlds(String scenario, String activity, long eet) {
        assertRatio(eet, 1, indicator.compute(returnHolding(List.of(oc3("C1", 2024, AGED_20, "YES", activity, "U1"))),
                T));
    }
}
