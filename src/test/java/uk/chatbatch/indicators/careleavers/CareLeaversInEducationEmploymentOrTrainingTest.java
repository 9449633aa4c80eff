package uk.chatbatch.indicators.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CARE_LEAVERS;
import static uk.chatbatch.annexa.Field.ACTIVITY_STATUS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.LA_IN_TOUCH;
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

class CareLeaversInEducationEmploymentOrTrainingTest {

    /** T = 31 Mar 2025; a date of birth of 1 Jun 2004 makes 20 at T. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));
    private static final LocalDate AGED_20 = LocalDate.of(2004, 6, 1);

    private final CareLeaversInEducationEmploymentOrTraining indicator =
            new CareLeaversInEducationEmploymentOrTraining();

    @ParameterizedTest(name = "{0}: EET {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                    | activity | EET
            higher education, full time               | F1       | 1
            higher education, part time               | P1       | 1
            other education                           | F2       | 1
            apprenticeship, part time                 | P4       | 1
            training or employment                    | F5       | 1
            older training or employment code         | P3       | 1
            NEET, illness or disability               | G4       | 0
            NEET, other                               | G5       | 0
            NEET, pregnancy or parenting              | G6       | 0
            activity blank: stays in the denominator  |          | 0
            """)
    void countsEducationEmploymentAndTrainingCodes(String scenario, String activity, long eet) {
        assertRatio(eet, 1, indicator.compute(only(CARE_LEAVERS, careLeaver("Y1", AGED_20, activity, "YES")), T));
    }

    @Test
    void theDenominatorIncludesThoseNotInTouch_andActivitySharesAddUp() {
        IndicatorResult result = indicator.compute(only(CARE_LEAVERS,
                careLeaver("Y1", AGED_20, "F1", "YES"),
                careLeaver("Y2", AGED_20, "F5", "YES"),
                careLeaver("Y3", AGED_20, "G5", "YES"),
                careLeaver("Y4", AGED_20, null, "NO"),                      // not in touch, activity unknown
                careLeaver("Y5", LocalDate.of(2007, 6, 1), "F2", "YES")),   // 17: age group row only
                T);

        assertRatio(2, 4, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("age group", "17 to 18", 1, 1),
                IndicatorValue.percent("age group", "19 to 21", 2, 4),
                IndicatorValue.percent("activity", "F1", 1, 4),
                IndicatorValue.percent("activity", "F2", 0, 4),
                IndicatorValue.percent("activity", "F5", 1, 4),
                IndicatorValue.percent("activity", "G5", 1, 4),
                IndicatorValue.percent("activity", "unknown", 1, 4));
        assertThat(result.values().stream().filter(v -> v.breakdown().equals("activity"))
                .mapToLong(IndicatorValue::numerator).sum()).isEqualTo(4L);
    }

    private static TableRecord careLeaver(String id, LocalDate dob, String activity, String inTouch) {
        return row(CARE_LEAVERS).set(CHILD_ID, id).set(DATE_OF_BIRTH, dob).set(ACTIVITY_STATUS, activity)
                .set(LA_IN_TOUCH, inTouch).build();
    }
}
