package uk.chatbatch.indicators.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CARE_LEAVERS;
import static uk.chatbatch.annexa.Field.ACTIVITY_STATUS;
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

class CareLeaversNotInEducationEmploymentOrTrainingTest {

    /** T = 31 Mar 2025; ages come from the supplied age here (no date of birth). */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CareLeaversNotInEducationEmploymentOrTraining indicator =
            new CareLeaversNotInEducationEmploymentOrTraining();

    @ParameterizedTest(name = "{0}: NEET {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | age | activity | NEET | aged 19 to 21
            NEET, illness or disability             | 19  | G4       | 1    | 1
            NEET, other                             | 21  | G5       | 1    | 1
            NEET, pregnancy or parenting            | 20  | G6       | 1    | 1
            in employment                           | 20  | F5       | 0    | 1
            activity unknown: not counted as NEET   | 20  |          | 0    | 1
            NEET but 18: not measured               | 18  | G5       | 0    | 0
            NEET but 22: not measured               | 22  | G5       | 0    | 0
            """)
    void countsTheNeetCodes(String scenario, Integer age, String activity, long neet, long aged19To21) {
        assertRatio(neet, aged19To21, indicator.compute(only(CARE_LEAVERS, careLeaver("Y1", age, activity)), T));
    }

    @Test
    void theReasonsAddUpToTheHeadline() {
        IndicatorResult result = indicator.compute(only(CARE_LEAVERS,
                careLeaver("Y1", 20, "G4"), careLeaver("Y2", 20, "G5"), careLeaver("Y3", 20, "G5"),
                careLeaver("Y4", 20, "F1"), careLeaver("Y5", 20, null)), T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.percent("all", "all", 3, 5),
                IndicatorValue.percent("reason", "G4", 1, 5),
                IndicatorValue.percent("reason", "G5", 2, 5),
                IndicatorValue.percent("reason", "G6", 0, 5));
    }

    private static TableRecord careLeaver(String id, Integer age, String activity) {
        return row(CARE_LEAVERS).set(CHILD_ID, id).set(AGE, age).set(ACTIVITY_STATUS, activity).build();
    }
}
