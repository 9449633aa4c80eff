package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRALS_LAST_12_MONTHS;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

class ChildrenReReferredWithin12MonthsTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildrenReReferredWithin12Months indicator = new ChildrenReReferredWithin12Months();

    /** Each row: a referral of C1 in the window and one other referral, of C1 or of C2. */
    @ParameterizedTest(name = "{0}: {4} of {5} children")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | referral   | other      | other child | re-referred | children
            earlier referral exactly 12 months before          | 2025-09-15 | 2024-09-15 | C1          | 1           | 1
            earlier referral 12 months and a day before        | 2025-09-15 | 2024-09-14 | C1          | 0           | 1
            both in the window: one child, re-referred         | 2025-09-15 | 2025-06-01 | C1          | 1           | 1
            another referral the same day is not earlier       | 2025-09-15 | 2025-09-15 | C1          | 0           | 1
            earlier referral of another child                  | 2025-09-15 | 2025-06-01 | C2          | 0           | 2
            """)
    void countsChildrenWithAReReferralInTheWindow(String scenario, LocalDate referral, LocalDate other,
                                                  String otherChild, long reReferred, long children) {
        assertRatio(reReferred, children,
                indicator.compute(only(REFERRALS, referral("C1", referral, 2), referral(otherChild, other, 3)), T));
    }

    @Test
    void aChildReReferredTwiceCountsOnceWithTheirFirstReReferralInTheDrillDown() {
        IndicatorResult result = indicator.compute(only(REFERRALS,
                referral("C1", LocalDate.of(2025, 4, 1), 2),     // C1's first: not a re-referral
                referral("C1", LocalDate.of(2025, 6, 1), 3),     // re-referral: the one shown
                referral("C1", LocalDate.of(2025, 8, 1), 4),     // re-referral again: C1 still once
                referral("C2", LocalDate.of(2025, 5, 1), 5),     // C2 once: in the denominator only
                referral("C3", LocalDate.of(2025, 3, 30), 6)),   // T minus 6 months: not a child here
                T);

        assertRatio(1, 2, result);
        assertThat(result.counted()).extracting(CountedRecord::childId, r -> r.source().row(),
                CountedRecord::inNumerator, CountedRecord::inDenominator)
                .containsExactly(tuple("C1", 3, true, true), tuple("C2", 5, false, true));
    }

    @Test
    void theCountFieldDecidesWhereItIsGivenAsInReReferrals() {
        IndicatorResult result = indicator.compute(only(REFERRALS,
                counted("C1", LocalDate.of(2025, 4, 1), 2),     // earlier referral before the list: re-referred
                counted("C2", LocalDate.of(2025, 5, 1), 1),     // first referral by the count
                counted("C2", LocalDate.of(2025, 7, 1), 1),     // count 1 wins over C2's May referral in the list
                counted("C3", LocalDate.of(2025, 6, 1), null)), // no count, nothing earlier in the list
                T);

        assertRatio(1, 3, result);
        assertThat(result.message()).isEqualTo("re-referrals read from Number of Referrals in Last 12 Months for 3"
                + " referrals and from List 3's own dates for 1 (count blank, not a whole number, or 0)");
    }

    @Test
    void noReferralsInTheWindowIsNoCases() {
        assertThat(indicator.compute(only(REFERRALS), T).status()).isEqualTo(IndicatorStatus.NO_CASES);
    }

    private static TableRecord counted(String child, LocalDate date, Integer referralsInLast12Months) {
        return TableRecord.builder(REFERRALS, Origin.inSheet("test.xlsx", "Referrals", 2)).set(CHILD_ID, child)
                .set(DATE_OF_REFERRAL, date).set(REFERRALS_LAST_12_MONTHS, referralsInLast12Months).build();
    }

    private static TableRecord referral(String child, LocalDate date, int excelRow) {
        return TableRecord.builder(REFERRALS, Origin.inSheet("test.xlsx", "Referrals", excelRow))
                .set(CHILD_ID, child).set(DATE_OF_REFERRAL, date).build();
    }
}
