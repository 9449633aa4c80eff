package uk.chatbatch.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.checks.CheckTesting.T;
import static uk.chatbatch.checks.CheckTesting.d;
import static uk.chatbatch.checks.CheckTesting.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

class NotOnChildrenInNeedListTest {

    private final NotOnChildrenInNeedList check = new NotOnChildrenInNeedList();

    /** T = 31 Mar 2025. Child C1 has a child protection plan and, maybe, a List 6 episode. */
    @ParameterizedTest(name = "{0}: flagged {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | plan start | plan end   | CIN child | CIN start  | CIN closed | flagged
            plan open, CIN episode open                        | 2024-10-01 |            | C1        | 2024-08-01 |            | false
            plan open, CIN episode closes the day after T      | 2024-10-01 |            | C1        | 2024-08-01 | 2025-04-01 | false
            plan open, CIN episode closed on T                 | 2024-10-01 |            | C1        | 2024-08-01 | 2025-03-31 | true
            plan open, CIN episode starts after T              | 2024-10-01 |            | C1        | 2025-04-02 |            | true
            plan open, only another child on List 6            | 2024-10-01 |            | C2        | 2024-08-01 |            | true
            plan ended on T: not open, not checked             | 2024-10-01 | 2025-03-31 | C2        | 2024-08-01 |            | false
            plan starts after T: not checked                   | 2025-04-01 |            | C2        | 2024-08-01 |            | false
            """)
    void flagsAPlanOpenAtTheEndWithNoOpenListSixEpisode(String scenario, String planStart, String planEnd,
                                                        String cinChild, String cinStart, String cinClosed,
                                                        boolean flagged) {
        InputData data = InputData.empty()
                .with(CHILD_PROTECTION, List.of(row(CHILD_PROTECTION, 2).set(CHILD_ID, "C1")
                        .set(CP_START_DATE, d(planStart)).set(CP_END_DATE, d(planEnd)).build()))
                .with(CHILDREN_IN_NEED, List.of(row(CHILDREN_IN_NEED, 2).set(CHILD_ID, cinChild)
                        .set(CIN_START_DATE, d(cinStart)).set(CIN_CLOSURE_DATE, d(cinClosed)).build()));

        assertThat(check.find(data, T)).hasSize(flagged ? 1 : 0);
    }

    @Test
    void childrenLookedAfterToo_andTheMessageSaysWhichCase() {
        InputData data = InputData.empty()
                .with(CHILDREN_IN_CARE, List.of(
                        looked(2, "C1", "2023-01-01", null),           // no List 6 row at all
                        looked(3, "C2", "2023-01-01", null),           // List 6 row closed
                        looked(4, "C3", "2023-01-01", null),           // List 6 row open: fine
                        looked(5, "C4", "2023-01-01", "2025-02-01")))  // ceased before T: not checked
                .with(CHILDREN_IN_NEED, List.of(
                        episode("C2", "2022-01-01", "2022-12-31"),
                        episode("C3", "2022-01-01", null)));

        List<Finding> found = check.find(data, T);

        assertThat(found).extracting(Finding::detail).containsExactly(
                "the child is looked after at the period end (31/03/2025) but List 6 has no row for the child",
                "the child is looked after at the period end (31/03/2025) but every List 6 episode for the child"
                        + " closed on or before it");
    }

    @Test
    void findsNothingWhenListSixWasNotSupplied() {
        InputData data = InputData.empty().with(CHILD_PROTECTION, List.of(row(CHILD_PROTECTION, 2)
                .set(CHILD_ID, "C1").set(CP_START_DATE, d("2024-10-01")).build()));

        assertThat(check.find(data, T)).isEmpty();
    }

    private static TableRecord looked(int excelRow, String child, String start, String ceased) {
        return row(CHILDREN_IN_CARE, excelRow).set(CHILD_ID, child).set(CLA_START_DATE, d(start))
                .set(CLA_CEASED_DATE, d(ceased)).build();
    }

    private static TableRecord episode(String child, String start, String closed) {
        return row(CHILDREN_IN_NEED, 2).set(CHILD_ID, child).set(CIN_START_DATE, d(start))
                .set(CIN_CLOSURE_DATE, d(closed)).build();
    }
}
