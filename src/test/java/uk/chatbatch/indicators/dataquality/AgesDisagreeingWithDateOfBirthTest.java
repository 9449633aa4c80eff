package uk.chatbatch.indicators.dataquality;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class AgesDisagreeingWithDateOfBirthTest {

    /** T = 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final AgesDisagreeingWithDateOfBirth indicator = new AgesDisagreeingWithDateOfBirth();

    /** Every contact is on 15 Jan 2025, a flow list: the age at the contact, at T or at any day between agrees. */
    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                           | date of birth | age | counted
            agrees at the contact                            | 2015-06-10    | 9   | 0
            a year out                                       | 2015-06-10    | 10  | 1
            birthday on the contact date                     | 2015-01-15    | 10  | 0
            the age at T (birthday between contact and T)    | 2015-02-01    | 10  | 0
            one more than the age at T                       | 2015-02-01    | 11  | 1
            no age: not compared                             | 2015-06-10    |     | 0
            """)
    void countsContactRowsWhoseAgeIsNotTheAgeAtTheContact(String scenario, LocalDate dob, Integer age,
                                                           long counted) {
        TableRecord contact = row(CONTACTS).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, dob).set(AGE, age)
                .set(DATE_OF_CONTACT, LocalDate.of(2025, 1, 15)).build();

        assertCount(counted, indicator.compute(only(CONTACTS, contact), T));
    }

    @Test
    void countsEachListWithEveryListShown() {
        InputData data = InputData.empty()
                .with(CONTACTS, List.of(
                        row(CONTACTS).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, LocalDate.of(2015, 6, 10)).set(AGE, 12)
                                .set(DATE_OF_CONTACT, LocalDate.of(2025, 1, 15)).build(),       // 9 at the contact
                        row(CONTACTS).set(CHILD_ID, "C2").set(DATE_OF_BIRTH, LocalDate.of(2015, 6, 10)).set(AGE, 9)
                                .set(DATE_OF_CONTACT, LocalDate.of(2025, 1, 15)).build()))      // right
                .with(CHILDREN_IN_NEED, List.of(
                        row(CHILDREN_IN_NEED).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, LocalDate.of(2015, 6, 10))
                                .set(AGE, 8).set(CIN_START_DATE, LocalDate.of(2024, 1, 1)).build()));  // 9 at T

        IndicatorResult result = indicator.compute(data, T);

        assertCount(2, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("list", "List 1 (Contacts)", 1),
                IndicatorValue.count("list", "List 6 (Children in need)", 1),
                IndicatorValue.count("list", "List 10 (Adoption)", 0));
        assertThat(result.values()).hasSize(11);
        assertThat(result.counted()).extracting(CountedRecord::childId, CountedRecord::list).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C1", "List 1 (Contacts)"),
                org.assertj.core.groups.Tuple.tuple("C1", "List 6 (Children in need)"));
    }
}
