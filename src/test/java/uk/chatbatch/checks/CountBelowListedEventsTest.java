package uk.chatbatch.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.AnnexAList.SECTION_47;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRALS_LAST_12_MONTHS;
import static uk.chatbatch.annexa.Field.S47_LAST_12_MONTHS;
import static uk.chatbatch.annexa.Field.S47_START_DATE;
import static uk.chatbatch.checks.CheckTesting.T;
import static uk.chatbatch.checks.CheckTesting.d;
import static uk.chatbatch.checks.CheckTesting.data;
import static uk.chatbatch.checks.CheckTesting.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.model.table.TableRecord;

class CountBelowListedEventsTest {

    private final CountBelowListedEvents check = new CountBelowListedEvents();

    /** Child C1 has a referral on 1 Mar 2025 (the row checked) and one other referral. */
    @ParameterizedTest(name = "{0}: flagged {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                   | other date | other child | number supplied | flagged
            number counts the other referral                         | 2024-12-01 | C1          | 1               | false
            number also counts this one                              | 2024-12-01 | C1          | 2               | false
            number leaves out a referral the list holds              | 2024-12-01 | C1          | 0               | true
            other referral exactly 12 months before: in the 12 months| 2024-03-01 | C1          | 0               | true
            other referral 12 months and a day before: not           | 2024-02-29 | C1          | 0               | false
            other referral on the same day counts                    | 2025-03-01 | C1          | 0               | true
            a later referral is not in this one's 12 months          | 2025-03-20 | C1          | 0               | false
            another child's referral does not count                  | 2024-12-01 | C2          | 0               | false
            number blank: not checked                                | 2024-12-01 | C1          |                 | false
            """)
    void flagsANumberLowerThanTheOtherReferralsListed(String scenario, String otherDate, String otherChild,
                                                      Integer supplied, boolean flagged) {
        TableRecord checked = referral(2, "C1", "2025-03-01", supplied);
        TableRecord other = referral(3, otherChild, otherDate, 5);

        List<Finding> found = check.find(data(REFERRALS, checked, other), T);

        assertThat(found).hasSize(flagged ? 1 : 0);
        if (flagged) {
            assertThat(found.get(0).record()).isSameAs(checked);
        }
    }

    @Test
    void saysWhatTheListHolds() {
        List<Finding> found = check.find(data(REFERRALS,
                referral(2, "C1", "2025-03-01", 0),    // two others before it: too low
                referral(3, "C1", "2025-01-01", 0),    // one other before it: too low
                referral(4, "C1", "2025-02-01", 2),    // two others up to it (1 Jan, 1 Nov): right
                referral(5, "C1", "2024-11-01", 0)),   // the first: none before it
                T);

        assertThat(found).extracting(f -> f.record().source().row()).containsExactly(2, 3);
        assertThat(found.get(1).detail()).contains("holds 1 other referral of this child");
        assertThat(found.get(0).detail()).isEqualTo("Number of Referrals in Last 12 Months is 0 but List 3"
                + " (Referrals) holds 3 other referrals of this child in the 12 months up to this row's Date of"
                + " referral (01/03/2025)");
    }

    @Test
    void checksSection47EnquiriesTheSameWay() {
        List<Finding> found = check.find(data(SECTION_47,
                row(SECTION_47, 2).set(CHILD_ID, "C1").set(S47_START_DATE, d("2025-02-01"))
                        .set(S47_LAST_12_MONTHS, 0).build(),
                row(SECTION_47, 3).set(CHILD_ID, "C1").set(S47_START_DATE, d("2024-10-01"))
                        .set(S47_LAST_12_MONTHS, 0).build()), T);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.record().source().row()).isEqualTo(2);
            assertThat(f.field()).isEqualTo(S47_LAST_12_MONTHS);
        });
    }

    private static TableRecord referral(int excelRow, String child, String date, Integer number) {
        return row(REFERRALS, excelRow).set(CHILD_ID, child).set(DATE_OF_REFERRAL, d(date))
                .set(REFERRALS_LAST_12_MONTHS, number).build();
    }
}
