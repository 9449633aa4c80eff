package uk.chatbatch.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.CONTACT_SOURCE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.checks.CheckTesting.T;
import static uk.chatbatch.checks.CheckTesting.d;
import static uk.chatbatch.checks.CheckTesting.row;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.chatbatch.input.InputData;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.Severity;

class DataQualityChecksTest {

    /** Rows given out of order, each tripping one or more checks. */
    private static InputData messy() {
        return InputData.empty()
                .with(CHILDREN_IN_CARE, List.of(
                        row(CHILDREN_IN_CARE, 5).set(CHILD_ID, "C9").set(CLA_START_DATE, d("2024-01-01"))
                                .set(CLA_CEASED_DATE, d("2023-12-01")).build(),   // ceased before it started
                        row(CHILDREN_IN_CARE, 2).set(CHILD_ID, "C8").set(CLA_START_DATE, d("2024-01-01"))
                                .build()))                                         // not on List 6
                .with(CHILDREN_IN_NEED, List.of(
                        row(CHILDREN_IN_NEED, 2).set(CHILD_ID, "C1").set(CIN_START_DATE, d("2024-05-01")).build()))
                .with(CONTACTS, List.of(
                        row(CONTACTS, 3).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, d("2015-06-10")).set(AGE, 3)
                                .set(DATE_OF_CONTACT, d("2025-04-01")).set(CONTACT_SOURCE, "6").build(),
                        row(CONTACTS, 2).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, d("2015-06-10")).set(AGE, 9)
                                .set(DATE_OF_CONTACT, d("2025-01-15")).set(CONTACT_SOURCE, "6").build()));
    }

    @Test
    void runsEveryCheckInListThenRowThenCheckOrder() {
        List<Issue> issues = DataQualityChecks.run(messy(), T);

        assertThat(issues).extracting(Issue::list, Issue::row, Issue::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("List 1 (Contacts)", 3, IssueCode.AGE_DISAGREES_WITH_DATE_OF_BIRTH),
                org.assertj.core.groups.Tuple.tuple("List 1 (Contacts)", 3, IssueCode.DATE_AFTER_PERIOD_END),
                org.assertj.core.groups.Tuple.tuple("List 8 (Children in care)", 2, IssueCode.NOT_ON_CHILDREN_IN_NEED_LIST),
                org.assertj.core.groups.Tuple.tuple("List 8 (Children in care)", 5, IssueCode.END_BEFORE_START));
    }

    @Test
    void theSameInputGivesTheSameIssuesInTheSameOrder() {
        assertThat(DataQualityChecks.run(messy(), T)).isEqualTo(DataQualityChecks.run(messy(), T));
    }

    @Test
    void cleanRowsGiveNoIssues() {
        InputData clean = InputData.empty().with(CONTACTS, List.of(
                row(CONTACTS, 2).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, d("2015-06-10")).set(AGE, 9)
                        .set(DATE_OF_CONTACT, d("2025-01-15")).set(CONTACT_SOURCE, "6").build()));

        assertThat(DataQualityChecks.run(clean, T)).isEmpty();
        assertThat(DataQualityChecks.run(InputData.empty(), T)).isEmpty();
    }

    @Test
    void findingsCanBeLimitedToSomeChecks() {
        assertThat(DataQualityChecks.findings(messy(), T, Set.of(IssueCode.END_BEFORE_START)))
                .extracting(Finding::code).containsExactly(IssueCode.END_BEFORE_START);
    }

    @Test
    void everyCheckHasItsOwnCodeAndOnlyImpossibleDatesAreErrors() {
        List<IssueCode> codes = DataQualityChecks.CHECKS.stream().map(Check::code).toList();

        assertThat(codes).doesNotHaveDuplicates();
        assertThat(codes).filteredOn(c -> c.severity() == Severity.ERROR)
                .containsExactlyInAnyOrder(IssueCode.DATE_AFTER_PERIOD_END, IssueCode.END_BEFORE_START);
        assertThat(codes).allSatisfy(c -> assertThat(c.severity()).isNotEqualTo(Severity.FATAL));
    }
}
