package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;

class DataQualityPageTest {

    @Test
    void issuesAreCountedInListOrderWorstFirstWithUnmatchedSheetsLast() {
        List<Issue> issues = List.of(
                issue("", IssueCode.UNRECOGNISED_SHEET),
                issue(AnnexAList.ADOPTERS.label(), IssueCode.INVALID_DATE),
                issue(AnnexAList.REFERRALS.label(), IssueCode.MISSING_VALUE),
                issue(AnnexAList.REFERRALS.label(), IssueCode.INVALID_CODE),
                issue(AnnexAList.REFERRALS.label(), IssueCode.MISSING_VALUE),
                issue(AnnexAList.REFERRALS.label(), IssueCode.MISSING_REQUIRED_COLUMN));

        assertThat(DataQualityPage.rows(issues)).containsExactly(
                new DataQualityPage.Row("List 3 (Referrals)", IssueCode.MISSING_REQUIRED_COLUMN, 1),  // fatal
                new DataQualityPage.Row("List 3 (Referrals)", IssueCode.INVALID_CODE, 1),             // error
                new DataQualityPage.Row("List 3 (Referrals)", IssueCode.MISSING_VALUE, 2),            // warning
                new DataQualityPage.Row("List 11 (Adopters)", IssueCode.INVALID_DATE, 1),             // 11 after 3
                new DataQualityPage.Row(DataQualityPage.NO_LIST, IssueCode.UNRECOGNISED_SHEET, 1));
    }

    @Test
    void rowLocationsReadAsRangesAndALongListIsCutShortWithACount() {
        assertThat(DataQualityPage.ranges(new java.util.TreeSet<>(List.of(2, 3, 4, 9, 12, 13)))).isEqualTo("2–4, 9, 12–13");
        java.util.TreeSet<Integer> many = new java.util.TreeSet<>();
        for (int row = 2; row < 2 + 2 * 50; row += 2) {
            many.add(row); // 50 separate rows
        }
        String ranges = DataQualityPage.ranges(many);
        assertThat(ranges).startsWith("2, 4, 6,").endsWith(", 80 and 10 more rows");
    }

    private static Issue issue(String list, IssueCode code) {
        return new Issue("annex_a.xlsx", "Sheet", list, 2, "", "", code, code.meaning());
    }
}
