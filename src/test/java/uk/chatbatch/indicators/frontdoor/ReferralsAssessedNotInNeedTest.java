package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.ASSESSMENT_REQUIRES_SUPPORT;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ReferralsAssessedNotInNeedTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ReferralsAssessedNotInNeed indicator = new ReferralsAssessedNotInNeed();

    /** Each row: a referral of C1, maybe a second referral of C1, and one assessment. */
    @ParameterizedTest(name = "{0}: {6} of {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                  | referral   | next referral | assessment | of | support? | not in need | referrals
            assessed the same day as not in need                    | 2025-05-01 |               | 2025-05-01 | C1 | No       | 1           | 1
            assessed months later, still this referral's            | 2025-05-01 |               | 2025-08-20 | C1 | No       | 1           | 1
            assessed as requiring support                           | 2025-05-01 |               | 2025-05-02 | C1 | Yes      | 0           | 1
            answer Unknown                                          | 2025-05-01 |               | 2025-05-02 | C1 | Unknown  | 0           | 1
            answer blank                                            | 2025-05-01 |               | 2025-05-02 | C1 |          | 0           | 1
            assessment started the day before the referral          | 2025-05-01 |               | 2025-04-30 | C1 | No       | 0           | 1
            assessment of another child                             | 2025-05-01 |               | 2025-05-01 | C2 | No       | 0           | 1
            assessment after the next referral belongs to that one  | 2025-05-01 | 2025-06-01    | 2025-06-10 | C1 | No       | 1           | 2
            assessment on the next referral's day belongs to it     | 2025-05-01 | 2025-06-01    | 2025-06-01 | C1 | No       | 1           | 2
            assessment the day before the next referral             | 2025-05-01 | 2025-06-01    | 2025-05-31 | C1 | No       | 1           | 2
            two referrals the same day share the assessment         | 2025-05-01 | 2025-05-01    | 2025-05-02 | C1 | No       | 2           | 2
            referral before the window: not measured                | 2025-03-30 |               | 2025-04-01 | C1 | No       | 0           | 0
            """)
    void matchesEachReferralToTheChildsNextAssessment(String scenario, LocalDate referral, LocalDate nextReferral,
            LocalDate assessment, String assessed, String support, long notInNeed, long referrals) {
        List<TableRecord> referralRows = new ArrayList<>(List.of(referral("C1", referral, "6")));
        if (nextReferral != null) {
            referralRows.add(referral("C1", nextReferral, "6"));
        }
        InputData data = InputData.empty().with(REFERRALS, referralRows)
                .with(ASSESSMENTS, List.of(assessment(assessed, assessment, support)));

        assertRatio(notInNeed, referrals, indicator.compute(data, T));
    }

    @Test
    void bySourceGroupEachRowIsThePercentageWithinTheGroup() {
        InputData data = InputData.empty()
                .with(REFERRALS, List.of(
                        referral("C1", LocalDate.of(2025, 5, 1), "6"),      // police: not in need
                        referral("C2", LocalDate.of(2025, 5, 1), "6"),      // police: no assessment
                        referral("C3", LocalDate.of(2025, 5, 1), "2A")))    // schools: requires support
                .with(ASSESSMENTS, List.of(
                        assessment("C1", LocalDate.of(2025, 5, 3), "No"),
                        assessment("C3", LocalDate.of(2025, 5, 3), "Yes")));

        IndicatorResult result = indicator.compute(data, T);

        assertRatio(1, 3, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("source group", "police", 1, 2),
                IndicatorValue.percent("source group", "schools", 0, 1));
    }

    private static TableRecord referral(String child, LocalDate date, String source) {
        return row(REFERRALS).set(CHILD_ID, child).set(DATE_OF_REFERRAL, date).set(REFERRAL_SOURCE, source).build();
    }

    private static TableRecord assessment(String child, LocalDate start, String requiresSupport) {
        return row(ASSESSMENTS).set(CHILD_ID, child).set(ASSESSMENT_START_DATE, start)
                .set(ASSESSMENT_REQUIRES_SUPPORT, requiresSupport).build();
    }
}
