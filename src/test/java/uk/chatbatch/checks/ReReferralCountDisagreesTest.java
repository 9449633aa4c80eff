package uk.chatbatch.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRALS_LAST_12_MONTHS;
import static uk.chatbatch.checks.CheckTesting.T;
import static uk.chatbatch.checks.CheckTesting.d;
import static uk.chatbatch.checks.CheckTesting.data;
import static uk.chatbatch.checks.CheckTesting.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;

class ReReferralCountDisagreesTest {

    private final ReReferralCountDisagrees check = new ReReferralCountDisagrees();

    /** Child C1 has a referral on 1 Mar 2025 (the row checked) and one other referral. */
    @ParameterizedTest(name = "{0}: flagged {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                         | other date | other child | count | flagged
            count 1 but an earlier referral in the 12 months is listed     | 2024-12-01 | C1          | 1     | true
            earlier referral exactly 12 months before: in the 12 months    | 2024-03-01 | C1          | 1     | true
            earlier referral 12 months and a day before: agrees            | 2024-02-29 | C1          | 1     | false
            another referral on the same day is not earlier: agrees        | 2025-03-01 | C1          | 1     | false
            a later referral does not make this one a re-referral          | 2025-03-20 | C1          | 1     | false
            another child's referral: agrees                               | 2024-12-01 | C2          | 1     | false
            count 2 with an earlier referral listed: agrees                | 2024-12-01 | C1          | 2     | false
            count 0 is left to count_below_listed_events                   | 2024-12-01 | C1          | 0     | false
            count blank: REF-02 uses the list's dates, nothing to compare  | 2024-12-01 | C1          |       | false
            """)
    void flagsACountOfOneWhenTheListHoldsAnEarlierReferral(String scenario, String otherDate, String otherChild,
                                                           Integer count, boolean flagged) {
        TableRecord checked = referral(2, "C1", "2025-03-01", count);
        TableRecord other = referral(3, otherChild, otherDate, 1);

        List<Finding> found = check.find(data(REFERRALS, checked, other), T);

        assertThat(found).filteredOn(f -> f.record() == checked).hasSize(flagged ? 1 : 0);
    }

    @Test
    void aCountOfTwoWithNothingEarlierInTheListIsNotAContradiction() {
        // The list holds six months: the earlier referral the count includes may predate it.
        assertThat(check.find(data(REFERRALS, referral(2, "C1", "2025-03-01", 2)), T)).isEmpty();
    }

    @Test
    void namesTheCellAndTheEarlierReferral() {
        List<Finding> found = check.find(data(REFERRALS,
                referral(2, "C1", "2025-03-01", 1),
                referral(3, "C1", "2024-10-01", 1),
                referral(4, "C1", "2025-01-15", 2)), T);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.record().source().row()).isEqualTo(2);
            assertThat(f.field()).isEqualTo(REFERRALS_LAST_12_MONTHS);
            assertThat(f.code()).isEqualTo(IssueCode.RE_REFERRAL_COUNT_DISAGREES);
            assertThat(f.detail()).isEqualTo("Number of Referrals in Last 12 Months is 1 (not a re-referral) but"
                    + " List 3 holds an earlier referral of this child, Date of referral (15/01/2025), in the 12"
                    + " months before this row's Date of referral (01/03/2025); REF-02 follows the count");
        });
    }

    private static TableRecord referral(int excelRow, String child, String date, Integer count) {
        return row(REFERRALS, excelRow).set(CHILD_ID, child).set(DATE_OF_REFERRAL, d(date))
                .set(REFERRALS_LAST_12_MONTHS, count).build();
    }
}
