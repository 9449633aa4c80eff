package uk.chatbatch.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CARE_LEAVERS;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CONTACT_SOURCE;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.checks.CheckTesting.T;
import static uk.chatbatch.checks.CheckTesting.d;
import static uk.chatbatch.checks.CheckTesting.data;
import static uk.chatbatch.checks.CheckTesting.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.table.TableRecord;

class DuplicateRowsTest {

    private final DuplicateRows check = new DuplicateRows();

    @Test
    void flagsLaterRowsWithTheSameKeyNamingTheFirst() {
        List<Finding> found = check.find(data(CONTACTS,
                contact(2, "C1", "2025-01-10", "6"),
                contact(3, "C1", "2025-01-10", "6"),     // duplicate of row 2
                contact(4, "C1", "2025-01-10", "2A"),    // another source: not a duplicate
                contact(5, "C1", "2025-01-11", "6"),     // another day: not a duplicate
                contact(6, "C2", "2025-01-10", "6"),     // another child: not a duplicate
                contact(7, "C1", "2025-01-10", "6"),     // duplicate of row 2 again
                contact(8, "C3", "2025-01-10", null),    // source blank or rejected ...
                contact(9, "C3", "2025-01-10", null)),   // ... in both: the same key
                T);

        assertThat(found).extracting(f -> f.record().source().row()).containsExactly(3, 7, 9);
        assertThat(found.get(0).detail())
                .isEqualTo("the same Child Unique ID, Date of Contact and Contact Source as row 2");
        Issue issue = found.get(0).toIssue();
        assertThat(issue.column()).isEqualTo("Child Unique ID");
        assertThat(issue.rawValue()).isEqualTo("[masked, 2 characters]");
    }

    @Test
    void careLeaversAreKeyedOnTheChildAlone() {
        List<Finding> found = check.find(data(CARE_LEAVERS,
                row(CARE_LEAVERS, 2).set(CHILD_ID, "C1").build(),
                row(CARE_LEAVERS, 3).set(CHILD_ID, "C2").build(),
                row(CARE_LEAVERS, 4).set(CHILD_ID, "C1").build()), T);

        assertThat(found).singleElement().extracting(Finding::detail).isEqualTo("the same Child Unique ID as row 2");
    }

    private static TableRecord contact(int excelRow, String child, String date, String source) {
        return row(CONTACTS, excelRow).set(CHILD_ID, child).set(DATE_OF_CONTACT, d(date))
                .set(CONTACT_SOURCE, source).build();
    }
}
