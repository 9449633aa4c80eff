package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRAL_NFA;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ReferralsWithNoFurtherActionTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ReferralsWithNoFurtherAction indicator = new ReferralsWithNoFurtherAction();

    @ParameterizedTest(name = "{0}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | date of referral | NFA? | NFA | referrals
            no further action                        | 2025-06-01       | Yes  | 1   | 1
            further action                           | 2025-06-01       | No   | 0   | 1
            blank or rejected: in the denominator    | 2025-06-01       |      | 0   | 1
            first day of the window                  | 2025-03-31       | Yes  | 1   | 1
            T minus 6 months: not measured           | 2025-03-30       | Yes  | 0   | 0
            """)
    void measuresReferralsInTheWindow(String scenario, LocalDate date, String nfa, long noFurtherAction,
                                      long referrals) {
        assertRatio(noFurtherAction, referrals, indicator.compute(only(REFERRALS, referral(date, nfa, "6")), T));
    }

    @Test
    void bySourceGroupEachRowIsThePercentageWithinTheGroup() {
        LocalDate inWindow = LocalDate.of(2025, 6, 1);
        IndicatorResult result = indicator.compute(only(REFERRALS,
                referral(inWindow, "Yes", "6"),     // police, NFA
                referral(inWindow, "No", "6"),      // police
                referral(inWindow, "No", "6"),      // police
                referral(inWindow, "Yes", "1A")),   // individual, NFA
                T);

        assertRatio(2, 4, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("source group", "police", 1, 3),
                IndicatorValue.percent("source group", "individual", 1, 1),
                IndicatorValue.percent("source group", "schools", 0, 0));
    }

    private static TableRecord referral(LocalDate date, String nfa, String source) {
        return row(REFERRALS).set(CHILD_ID, "C1").set(DATE_OF_REFERRAL, date).set(REFERRAL_NFA, nfa)
                .set(REFERRAL_SOURCE, source).build();
    }
}
