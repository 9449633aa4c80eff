package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRALS_LAST_12_MONTHS;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

class ChildrenWithMultipleReferralsTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildrenWithMultipleReferrals indicator = new ChildrenWithMultipleReferrals();

    @ParameterizedTest(name = "count {0}: group {1}, multiple {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # count in the field | group     | multiple
            1                    | 1         | 0
            2                    | 2         | 1
            4                    | 4         | 1
            5                    | 5 or more | 1
            9                    | 5 or more | 1
            0                    | unknown   | 0
                                 | unknown   | 0
            """)
    void groupsTheChildByTheLAsOwnCount(Integer count, String group, long multiple) {
        IndicatorResult result = indicator.compute(only(REFERRALS, referral("C1", LocalDate.of(2025, 6, 1), count, 2)), T);

        assertCount(multiple, result);
        assertThat(result.values()).contains(IndicatorValue.count("referrals in the last 12 months", group, 1));
    }

    @Test
    void eachChildOnceByTheCountOnTheirLatestReferralInTheWindow() {
        IndicatorResult result = indicator.compute(only(REFERRALS,
                referral("C1", LocalDate.of(2025, 4, 1), 1, 2),     // C1's earlier referral: not read
                referral("C1", LocalDate.of(2025, 8, 1), 2, 3),     // C1's latest: 2
                referral("C2", LocalDate.of(2025, 9, 30), 3, 4),    // on T: 3
                referral("C4", LocalDate.of(2025, 5, 1), 1, 6),     // 1: referred, not multiple
                referral("C3", LocalDate.of(2025, 3, 30), 5, 5)),   // T minus 6 months: not a child here
                T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 2),                       // C1 and C2 have 2 or more
                IndicatorValue.count("referrals in the last 12 months", "1", 1),
                IndicatorValue.count("referrals in the last 12 months", "2", 1),
                IndicatorValue.count("referrals in the last 12 months", "3", 1),
                IndicatorValue.count("referrals in the last 12 months", "4", 0),
                IndicatorValue.count("referrals in the last 12 months", "5 or more", 0),
                IndicatorValue.count("referrals in the last 12 months", "unknown", 0));
        assertThat(result.counted()).extracting(CountedRecord::childId, r -> r.source().row(),
                CountedRecord::inNumerator).containsExactly(tuple("C1", 3, true), tuple("C2", 4, true),
                tuple("C4", 6, false));
    }

    private static TableRecord referral(String child, LocalDate date, Integer count, int excelRow) {
        return TableRecord.builder(REFERRALS, Origin.inSheet("test.xlsx", "Referrals", excelRow))
                .set(CHILD_ID, child).set(DATE_OF_REFERRAL, date).set(REFERRALS_LAST_12_MONTHS, count).build();
    }
}
