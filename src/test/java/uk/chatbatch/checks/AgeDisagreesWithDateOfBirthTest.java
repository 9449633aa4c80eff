package uk.chatbatch.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.checks.CheckTesting.T;
import static uk.chatbatch.checks.CheckTesting.d;
import static uk.chatbatch.checks.CheckTesting.data;
import static uk.chatbatch.checks.CheckTesting.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;

class AgeDisagreesWithDateOfBirthTest {

    private final AgeDisagreesWithDateOfBirth check = new AgeDisagreesWithDateOfBirth();

    /** List 1 is a flow list: the age at the Date of Contact, at T, or at any day between agrees. T = 31 Mar 2025. */
    @ParameterizedTest(name = "{0}: flagged {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | date of birth | contact    | age | flagged
            agrees                                          | 2015-06-10    | 2025-01-15 | 9   | false
            birthday on the contact date: age goes up       | 2015-01-15    | 2025-01-15 | 10  | false
            day before the birthday: still the lower age    | 2015-01-16    | 2025-01-15 | 9   | false
            one year out                                    | 2015-06-10    | 2025-01-15 | 10  | true
            one year under                                  | 2015-06-10    | 2025-01-15 | 8   | true
            birthday between contact and T: age at contact  | 2015-02-01    | 2025-01-15 | 9   | false
            birthday between contact and T: age at T        | 2015-02-01    | 2025-01-15 | 10  | false
            birthday between contact and T: one more        | 2015-02-01    | 2025-01-15 | 11  | true
            birthday between contact and T: one fewer       | 2015-02-01    | 2025-01-15 | 8   | true
            birthday on T: age at T agrees                  | 2015-03-31    | 2025-01-15 | 10  | false
            birthday the day after T: still 9 at T          | 2015-04-01    | 2025-01-15 | 10  | true
            29 Feb birth, 28 Feb of a common year: not yet  | 2008-02-29    | 2025-02-28 | 16  | false
            29 Feb birth, 1 Mar of a common year: birthday  | 2008-02-29    | 2025-03-01 | 17  | false
            unborn at the contact: not this check           | 2025-02-01    | 2025-01-15 | 0   | false
            no date of birth: nothing to compare            |               | 2025-01-15 | 9   | false
            no age supplied: nothing to compare             | 2015-06-10    | 2025-01-15 |     | false
            """)
    void comparesWithCompletedYearsAtTheContact(String scenario, String dob, String contact, Integer age,
                                                boolean flagged) {
        TableRecord row = row(CONTACTS, 2).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, d(dob))
                .set(DATE_OF_CONTACT, d(contact)).set(AGE, age).build();

        assertThat(check.find(data(CONTACTS, row), T)).hasSize(flagged ? 1 : 0);
    }

    /** List 8 is a snapshot list: age at the period end, whatever the start date. */
    @ParameterizedTest(name = "{0}: flagged {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                       | date of birth | age | flagged
            age at T                                     | 2010-04-01    | 14  | false
            birthday on T                                | 2010-03-31    | 15  | false
            age at the start of care, not at T           | 2010-01-01    | 12  | true
            """)
    void snapshotListsUseThePeriodEnd(String scenario, String dob, Integer age, boolean flagged) {
        TableRecord row = row(CHILDREN_IN_CARE, 2).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, d(dob))
                .set(CLA_START_DATE, LocalDate.of(2022, 6, 1)).set(AGE, age).build();

        assertThat(check.find(data(CHILDREN_IN_CARE, row), T)).hasSize(flagged ? 1 : 0);
    }

    /**
     * Every list with an age, each row's age computed at the period end as LAs that fill the column at the
     * extract do, and each birthday falling between the row's event (1 Nov 2024) and T.
     */
    @Test
    void agesAllComputedAtThePeriodEndFindNoDisagreement() {
        LocalDate event = LocalDate.of(2024, 11, 1);
        LocalDate dob = LocalDate.of(2012, 1, 20);
        int ageAtT = 13;
        uk.chatbatch.input.InputData data = uk.chatbatch.input.InputData.empty();
        for (uk.chatbatch.annexa.AnnexAList list : uk.chatbatch.annexa.AnnexAList.values()) {
            if (!list.has(AGE)) {
                continue;
            }
            TableRecord.Builder built = row(list, 2).set(list.identifier(), "C1").set(DATE_OF_BIRTH, dob)
                    .set(AGE, ageAtT);
            if (list.eventDate() != null) {
                built.set(list.eventDate(), event);
            }
            data.with(list, List.of(built.build()));
        }

        assertThat(check.find(data, T)).isEmpty();
    }

    @Test
    void aBirthdayBetweenTheEventAndThePeriodEndIsNamedWithTheAgesThatAgree() {
        TableRecord row = row(CONTACTS, 3).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, LocalDate.of(2015, 2, 1))
                .set(DATE_OF_CONTACT, LocalDate.of(2025, 1, 15)).set(AGE, 12).build();

        assertThat(check.find(data(CONTACTS, row), T).get(0).detail()).isEqualTo("Age of Child (Years) is 12 but the"
                + " Date of Birth gives 9 at the Date of Contact (15/01/2025) and 10 at the period end (31/03/2025);"
                + " an age from 9 to 10 agrees");
    }

    @Test
    void theIssueIsOnTheAgeCellAndNamesNoChild() {
        TableRecord row = row(CONTACTS, 7).set(CHILD_ID, "C1234").set(DATE_OF_BIRTH, LocalDate.of(2015, 6, 10))
                .set(DATE_OF_CONTACT, LocalDate.of(2025, 1, 15)).set(AGE, 12).build();

        List<Finding> found = check.find(data(CONTACTS, row), T);
        Issue issue = found.get(0).toIssue();

        assertThat(issue).isEqualTo(new Issue("annex-a.xlsx", "Contacts", "List 1 (Contacts)", 7,
                "Age of Child (Years)", "12", IssueCode.AGE_DISAGREES_WITH_DATE_OF_BIRTH,
                "annex-a.xlsx, sheet 'Contacts', row 7, column 'Age of Child (Years)': Age of Child (Years) is 12"
                        + " but the Date of Birth gives 9 at both the Date of Contact (15/01/2025) and the period end"
                        + " (31/03/2025)."));
        assertThat(issue.message()).doesNotContain("C1234").doesNotContain("10/06/2015");
    }
}
