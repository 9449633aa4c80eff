package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.annexa.Field.GENDER;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
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

class ContactsByAgeAndGenderTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ContactsByAgeAndGender indicator = new ContactsByAgeAndGender();

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | date of birth | age | gender              | contact    | row
            the day before the 7th birthday               | 2018-06-15    |     | Female              | 2025-06-14 | 6 / female
            on the 7th birthday                           | 2018-06-15    |     | Female              | 2025-06-15 | 7 / female
            29 Feb birthday reached on 1 Mar              | 2008-02-29    |     | Male                | 2025-03-31 | 17 / male
            no date of birth: the supplied age            |               | 12  | Male                | 2025-06-15 | 12 / male
            date of birth wins over the supplied age      | 2018-06-15    | 12  | Male                | 2025-06-15 | 7 / male
            not yet born at the contact: unknown age      | 2025-08-01    |     | Female              | 2025-06-15 | unknown / female
            neither date of birth nor age                 |               |     | Female              | 2025-06-15 | unknown / female
            26 and over together                          | 1990-01-01    |     | Male                | 2025-06-15 | 26 and over / male
            gender not stated                             | 2018-06-15    |     | Not stated/recorded | 2025-06-15 | 7 / other or unknown
            gender blank or rejected                      | 2018-06-15    |     |                     | 2025-06-15 | 7 / other or unknown
            """)
    void putsEachContactInItsAgeAndGenderRow(String scenario, LocalDate dob, Integer age, String gender,
                                             LocalDate contact, String expectedRow) {
        IndicatorResult result = indicator.compute(only(CONTACTS, contact("C1", dob, age, gender, contact)), T);

        assertCount(1, result);
        assertThat(result.values()).contains(IndicatorValue.count("age and gender", expectedRow, 1));
        assertThat(result.values().stream().filter(v -> v.numerator() == 1)).hasSize(2);   // all, and that row
    }

    @Test
    void everyAgeAndGenderRowIsShownYoungestFirstMaleThenFemale() {
        IndicatorResult result = indicator.compute(only(CONTACTS,
                contact("C1", LocalDate.of(2018, 6, 15), null, "Male", LocalDate.of(2025, 5, 1)),
                contact("C1", LocalDate.of(2018, 6, 15), null, "Male", LocalDate.of(2025, 6, 1)),   // again, still 6: twice
                contact("C2", LocalDate.of(2018, 6, 15), null, "Male", LocalDate.of(2025, 3, 30))), // outside
                T);

        assertCount(2, result);
        assertThat(result.values()).hasSize(1 + 28 * 3);    // ages 0 to 25, 26 and over, unknown; three genders
        assertThat(result.values().subList(1, 5)).extracting(IndicatorValue::breakdownValue)
                .containsExactly("0 / male", "0 / female", "0 / other or unknown", "1 / male");
        assertThat(result.values()).contains(IndicatorValue.count("age and gender", "6 / male", 2));
    }

    private static TableRecord contact(String child, LocalDate dob, Integer age, String gender, LocalDate date) {
        return row(CONTACTS).set(CHILD_ID, child).set(DATE_OF_BIRTH, dob).set(AGE, age).set(GENDER, gender)
                .set(DATE_OF_CONTACT, date).build();
    }
}
