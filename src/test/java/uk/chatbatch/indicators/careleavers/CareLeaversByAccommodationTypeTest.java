package uk.chatbatch.indicators.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CARE_LEAVERS;
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

class CareLeaversByAccommodationTypeTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CareLeaversByAccommodationType indicator = new CareLeaversByAccommodationType();

    @ParameterizedTest(name = "{0}: recorded {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | type | recorded
            with former foster carers               | Z    | 1
            bed and breakfast                       | W    | 1
            type blank or unrecognised              |      | 0
            """)
    void theHeadlineIsTheShareWithATypeRecorded(String scenario, String type, long recorded) {
        assertRatio(recorded, 1, indicator.compute(only(CARE_LEAVERS, careLeaver("Y1", 20, type)), T));
    }

    @Test
    void givesTheMixForAllAgesAndWithinEachAgeGroup() {
        IndicatorResult result = indicator.compute(only(CARE_LEAVERS,
                careLeaver("Y1", 16, "C"),     // under 17: all-ages mix only
                careLeaver("Y2", 18, "Z"),
                careLeaver("Y3", 18, "Z"),
                careLeaver("Y4", 18, "D"),
                careLeaver("Y5", 20, "U"),
                careLeaver("Y6", 20, null),
                careLeaver("Y7", 23, "U")), T);

        assertRatio(6, 7, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("accommodation type", "C", 1, 7),
                IndicatorValue.percent("accommodation type", "Z", 2, 7),
                IndicatorValue.percent("accommodation type", "U", 2, 7),
                IndicatorValue.percent("accommodation type", "unknown", 1, 7),
                IndicatorValue.percent("accommodation type, aged 17 to 18", "Z", 2, 3),
                IndicatorValue.percent("accommodation type, aged 17 to 18", "D", 1, 3),
                IndicatorValue.percent("accommodation type, aged 17 to 18", "C", 0, 3),
                IndicatorValue.percent("accommodation type, aged 19 to 21", "U", 1, 2),
                IndicatorValue.percent("accommodation type, aged 19 to 21", "unknown", 1, 2),
                IndicatorValue.percent("accommodation type, aged 22 to 25", "U", 1, 1));
        assertThat(result.values().stream().filter(v -> v.breakdown().equals("accommodation type, aged 17 to 18"))
                .mapToLong(IndicatorValue::numerator).sum()).isEqualTo(3L);
    }

    private static TableRecord careLeaver(String id, Integer age, String type) {
        return row(CARE_LEAVERS).set(CHILD_ID, id).set(AGE, age).set(ACCOMMODATION_TYPE, type).build();
    }
}
