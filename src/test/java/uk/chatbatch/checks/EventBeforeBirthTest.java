package uk.chatbatch.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.ENTERED_CARE_DATE;
import static uk.chatbatch.annexa.Field.SHOULD_BE_PLACED_DECISION_DATE;
import static uk.chatbatch.checks.CheckTesting.T;
import static uk.chatbatch.checks.CheckTesting.d;
import static uk.chatbatch.checks.CheckTesting.data;
import static uk.chatbatch.checks.CheckTesting.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.table.TableRecord;

class EventBeforeBirthTest {

    private final EventBeforeBirth check = new EventBeforeBirth();

    @ParameterizedTest(name = "{0}: flagged {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                            | date of birth | plan start | plan end   | flagged
            born before the plan                              | 2020-05-01    | 2024-06-01 |            | false
            born on the day the plan started                  | 2024-06-01    | 2024-06-01 |            | false
            born the day after the plan started (pre-birth)   | 2024-06-02    | 2024-06-01 |            | true
            born after the plan ended                         | 2024-09-01    | 2024-06-01 | 2024-08-01 | true
            no date of birth                                  |               | 2024-06-01 |            | false
            """)
    void flagsADateOfBirthAfterADateInTheRow(String scenario, String dob, String start, String end,
                                             boolean flagged) {
        TableRecord plan = row(CHILD_PROTECTION, 2).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, d(dob))
                .set(CP_START_DATE, d(start)).set(CP_END_DATE, d(end)).build();

        assertThat(check.find(data(CHILD_PROTECTION, plan), T)).hasSize(flagged ? 1 : 0);
    }

    @Test
    void oneFindingPerRowOnTheDateOfBirthNamingTheEarliestDate() {
        TableRecord plan = row(CHILD_PROTECTION, 4).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, LocalDate.of(2024, 9, 1))
                .set(CP_START_DATE, LocalDate.of(2024, 6, 1)).set(CP_END_DATE, LocalDate.of(2024, 8, 1)).build();

        List<Finding> found = check.find(data(CHILD_PROTECTION, plan), T);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo(Field.DATE_OF_BIRTH);
            assertThat(f.detail()).isEqualTo("the Date of Birth is after the Child Protection Plan Start Date"
                    + " (01/06/2024); correct only if the work began before the child was born");
        });
        Issue issue = found.get(0).toIssue();
        assertThat(issue.rawValue()).isEqualTo("[masked, 10 characters]");
        assertThat(issue.message()).doesNotContain("01/09/2024");
    }

    @Test
    void onTheAdoptionListThereIsNoPreBirthExplanation() {
        TableRecord child = row(ADOPTION, 2).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, LocalDate.of(2024, 3, 1))
                .set(ENTERED_CARE_DATE, LocalDate.of(2024, 2, 1))
                .set(SHOULD_BE_PLACED_DECISION_DATE, LocalDate.of(2024, 8, 1)).build();

        assertThat(check.find(data(ADOPTION, child), T)).singleElement().extracting(Finding::detail)
                .isEqualTo("the Date of Birth is after the Date the Child Entered Care (01/02/2024)");
    }
}
