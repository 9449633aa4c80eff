package uk.chatbatch.indicators.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CARE_LEAVERS;
import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.ELIGIBILITY_CATEGORY;
import static uk.chatbatch.annexa.Field.GENDER;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
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
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class CareLeaversAtPeriodEndTest {

    /** T = 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CareLeaversAtPeriodEnd indicator = new CareLeaversAtPeriodEnd();

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                      | date of birth | supplied age | age group
            16 at T                                     | 2008-06-01    |              | under 17
            17th birthday on T                          | 2008-03-31    |              | 17 to 18
            18, a day short of 19                       | 2006-04-01    |              | 17 to 18
            19th birthday on T                          | 2006-03-31    |              | 19 to 21
            21, a day short of 22                       | 2003-04-01    |              | 19 to 21
            22nd birthday on T                          | 2003-03-31    |              | 22 to 25
            25, a day short of 26                       | 1999-04-01    |              | 22 to 25
            26th birthday on T                          | 1999-03-31    |              | 26 and over
            no date of birth: the supplied age          |               | 20           | 19 to 21
            date of birth wins over the supplied age    | 2006-04-01    | 20           | 17 to 18
            neither: unknown                            |               |              | unknown
            """)
    void groupsByAgeAtThePeriodEnd(String scenario, LocalDate dob, Integer age, String group) {
        IndicatorResult result = indicator.compute(only(CARE_LEAVERS, careLeaver("Y1", dob, age, null, null)), T);

        assertCount(1, result);
        assertThat(result.values()).contains(IndicatorValue.count("age group", group, 1));
    }

    @Test
    void countsEveryYoungPersonOnTheListWithEveryBreakdown() {
        IndicatorResult result = indicator.compute(only(CARE_LEAVERS,
                careLeaver("Y1", LocalDate.of(2005, 1, 1), null, "Former relevant child", "Male"),
                careLeaver("Y2", LocalDate.of(2005, 6, 1), null, "Former relevant child", "Female"),
                careLeaver("Y3", LocalDate.of(2008, 1, 1), null, "Relevant child", "Female"),
                careLeaver("Y4", LocalDate.of(2001, 1, 1), null, null, null)), T);   // category and gender blank

        assertCount(4, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("age group", "under 17", 0),
                IndicatorValue.count("age group", "17 to 18", 1),
                IndicatorValue.count("age group", "19 to 21", 2),
                IndicatorValue.count("age group", "22 to 25", 1),
                IndicatorValue.count("eligibility category", "Relevant child", 1),
                IndicatorValue.count("eligibility category", "Former relevant child", 2),
                IndicatorValue.count("eligibility category", "Qualifying care leaver", 0),
                IndicatorValue.count("eligibility category", "Eligible child", 0),
                IndicatorValue.count("eligibility category", "unknown", 1),
                IndicatorValue.count("gender", "male", 1),
                IndicatorValue.count("gender", "female", 2),
                IndicatorValue.count("gender", "other or unknown", 1),
                IndicatorValue.count("age", "17", 1),
                IndicatorValue.count("age", "20", 1),
                IndicatorValue.count("age", "19", 1),
                IndicatorValue.count("age", "24", 1));
        assertThat(result.values()).extracting(IndicatorValue::breakdown).containsSubsequence(
                "all", "age group", "eligibility category", "gender", "age");
        assertThat(result.counted()).extracting(CountedRecord::childId, CountedRecord::inNumerator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Y1", true),
                        org.assertj.core.groups.Tuple.tuple("Y2", true),
                        org.assertj.core.groups.Tuple.tuple("Y3", true),
                        org.assertj.core.groups.Tuple.tuple("Y4", true));
    }

    @Test
    void anEmptyListIsZeroWithEveryGroupShown() {
        IndicatorResult result = indicator.compute(only(CARE_LEAVERS), T);

        assertCount(0, result);
        assertThat(result.values()).filteredOn(v -> v.breakdown().equals("age group")).hasSize(6);
    }

    static TableRecord careLeaver(String id, LocalDate dob, Integer age, String category, String gender) {
        return row(CARE_LEAVERS).set(CHILD_ID, id).set(DATE_OF_BIRTH, dob).set(AGE, age)
                .set(ELIGIBILITY_CATEGORY, category).set(GENDER, gender).build();
    }
}
