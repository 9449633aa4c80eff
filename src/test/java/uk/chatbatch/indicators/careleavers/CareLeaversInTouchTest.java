package uk.chatbatch.indicators.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CARE_LEAVERS;
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
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class CareLeaversInTouchTest {

    /** T = 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CareLeaversInTouch indicator = new CareLeaversInTouch();

    @ParameterizedTest(name = "{0}: in touch {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | date of birth | in touch | in touch | aged 19 to 21
            aged 20, in touch                        | 2004-06-01    | YES      | 1        | 1
            aged 20, not in touch                    | 2004-06-01    | NO       | 0        | 1
            aged 20, refuses contact                 | 2004-06-01    | REFU     | 0        | 1
            aged 20, no longer requires services     | 2004-06-01    | NREQ     | 0        | 1
            aged 20, returned home                   | 2004-06-01    | RHOM     | 0        | 1
            aged 20, died: stays in the denominator  | 2004-06-01    | DIED     | 0        | 1
            aged 20, blank                           | 2004-06-01    |          | 0        | 1
            19th birthday on T: 19 to 21             | 2006-03-31    | YES      | 1        | 1
            a day short of 19: 17 to 18, not measured| 2006-04-01    | YES      | 0        | 0
            22nd birthday on T: not measured         | 2003-03-31    | YES      | 0        | 0
            """)
    void measuresNineteenToTwentyOneYearOlds(String scenario, LocalDate dob, String inTouch, long numerator,
                                             long denominator) {
        assertRatio(numerator, denominator, indicator.compute(only(CARE_LEAVERS, careLeaver("Y1", dob, inTouch)), T));
    }

    @Test
    void alsoShowsEachAgeGroup_andDrillsDownToTheNineteenToTwentyOnes() {
        IndicatorResult result = indicator.compute(only(CARE_LEAVERS,
                careLeaver("Y1", LocalDate.of(2004, 6, 1), "YES"),   // 20
                careLeaver("Y2", LocalDate.of(2005, 6, 1), "NO"),    // 19
                careLeaver("Y3", LocalDate.of(2007, 6, 1), "YES"),   // 17
                careLeaver("Y4", LocalDate.of(2007, 9, 1), "YES"),   // 17
                careLeaver("Y5", LocalDate.of(2001, 6, 1), "NREQ")), // 23
                T);

        assertRatio(1, 2, result);
        assertThat(result.values()).containsExactly(
                IndicatorValue.percent("all", "all", 1, 2),
                IndicatorValue.percent("age group", "under 17", 0, 0),
                IndicatorValue.percent("age group", "17 to 18", 2, 2),
                IndicatorValue.percent("age group", "19 to 21", 1, 2),
                IndicatorValue.percent("age group", "22 to 25", 0, 1),
                IndicatorValue.percent("age group", "26 and over", 0, 0),
                IndicatorValue.percent("age group", "unknown", 0, 0));
        assertThat(result.counted()).extracting(CountedRecord::childId, CountedRecord::inNumerator,
                CountedRecord::inDenominator).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Y1", true, true),
                org.assertj.core.groups.Tuple.tuple("Y2", false, true));
    }

    @Test
    void noNineteenToTwentyOneYearOldsIsNoCases() {
        IndicatorResult result = indicator.compute(only(CARE_LEAVERS,
                careLeaver("Y1", LocalDate.of(2007, 6, 1), "YES")), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(result.message()).isEqualTo("no care leavers aged 19 to 21");
    }

    private static TableRecord careLeaver(String id, LocalDate dob, String inTouch) {
        return row(CARE_LEAVERS).set(CHILD_ID, id).set(DATE_OF_BIRTH, dob).set(LA_IN_TOUCH, inTouch).build();
    }
}
