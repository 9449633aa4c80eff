package uk.chatbatch.indicators.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CARE_LEAVERS;
import static uk.chatbatch.annexa.Field.ACCOMMODATION_SUITABILITY;
import static uk.chatbatch.annexa.Field.ACCOMMODATION_TYPE;
import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
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

class CareLeaversInSuitableAccommodationTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CareLeaversInSuitableAccommodation indicator = new CareLeaversInSuitableAccommodation();

    @ParameterizedTest(name = "{0}: suitable {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                    | age | type | suitability | suitable | aged 19 to 21
            suitable                                  | 20  | U    | Suitable    | 1        | 1
            unsuitable                                | 20  | W    | Unsuitable  | 0        | 1
            suitability blank: not suitable           | 20  |      |             | 0        | 1
            suitable but 17: not measured             | 17  | Z    | Suitable    | 0        | 0
            """)
    void measuresSuitabilityOfNineteenToTwentyOneYearOlds(String scenario, Integer age, String type,
                                                          String suitability, long suitable, long aged19To21) {
        assertRatio(suitable, aged19To21,
                indicator.compute(only(CARE_LEAVERS, careLeaver("Y1", age, type, suitability)), T));
    }

    @Test
    void byTypeOfAccommodationThePercentageSuitableWithinEach() {
        IndicatorResult result = indicator.compute(only(CARE_LEAVERS,
                careLeaver("Y1", 20, "U", "Suitable"),
                careLeaver("Y2", 20, "U", "Unsuitable"),
                careLeaver("Y3", 21, "W", "Unsuitable"),
                careLeaver("Y4", 19, "Z", "Suitable"),
                careLeaver("Y5", 20, null, null)), T);

        assertRatio(2, 5, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("accommodation type", "U", 1, 2),
                IndicatorValue.percent("accommodation type", "W", 0, 1),
                IndicatorValue.percent("accommodation type", "Z", 1, 1),
                IndicatorValue.percent("accommodation type", "B", 0, 0),
                IndicatorValue.percent("accommodation type", "unknown", 0, 1));
    }

    private static TableRecord careLeaver(String id, Integer age, String type, String suitability) {
        return row(CARE_LEAVERS).set(CHILD_ID, id).set(AGE, age).set(ACCOMMODATION_TYPE, type)
                .set(ACCOMMODATION_SUITABILITY, suitability).build();
    }
}
