package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.table.TableRecord;

class ReferralsLeadingToAssessmentTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. Easter 2025: Fri 18 and Mon 21 April. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ReferralsLeadingToAssessment indicator = new ReferralsLeadingToAssessment();

    /** Each row: a referral of C1 and one assessment, of C1 or C2, with the setting N. */
    @ParameterizedTest(name = "{0}: {5} of {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                   | referral   | assessment | of | N  | led | referrals
            assessment the same day                                  | 2025-06-02 | 2025-06-02 | C1 | 10 | 1   | 1
            Mon 2 Jun to Mon 16 Jun: the 10th working day            | 2025-06-02 | 2025-06-16 | C1 | 10 | 1   | 1
            Mon 2 Jun to Tue 17 Jun: the 11th working day            | 2025-06-02 | 2025-06-17 | C1 | 10 | 0   | 1
            Thu 17 Apr over Easter and 5 May: Tue 6 May is the 10th  | 2025-04-17 | 2025-05-06 | C1 | 10 | 1   | 1
            Thu 17 Apr over Easter and 5 May: Wed 7 May is the 11th  | 2025-04-17 | 2025-05-07 | C1 | 10 | 0   | 1
            assessment the day before the referral                   | 2025-06-02 | 2025-06-01 | C1 | 10 | 0   | 1
            assessment of another child                              | 2025-06-02 | 2025-06-02 | C2 | 10 | 0   | 1
            setting 1: Tue after a Mon referral                      | 2025-06-02 | 2025-06-03 | C1 | 1  | 1   | 1
            setting 1: Wed after a Mon referral                      | 2025-06-02 | 2025-06-04 | C1 | 1  | 0   | 1
            referral on T minus 6 months: not measured               | 2025-03-30 | 2025-03-31 | C1 | 10 | 0   | 0
            """)
    void countsReferralsFollowedByAnAssessmentWithinNWorkingDays(String scenario, LocalDate referral,
            LocalDate assessment, String assessed, int workingDays, long led, long referrals) {
        InputData data = InputData.empty().with(REFERRALS, List.of(referral("C1", referral, "6")))
                .with(ASSESSMENTS, List.of(assessment(assessed, assessment)));
        IndicatorContext context = T.with(IndicatorSettings.of(
                Map.of("referral_to_assessment_working_days", workingDays), "test"), Population.notConfigured());

        assertRatio(led, referrals, indicator.compute(data, context));
    }

    @Test
    void bySourceGroupWithTheDefaultOfTenWorkingDays() {
        InputData data = InputData.empty()
                .with(REFERRALS, List.of(
                        referral("C1", LocalDate.of(2025, 6, 2), "6"),     // police: assessed on day 10
                        referral("C2", LocalDate.of(2025, 6, 2), "6"),     // police: assessed on day 11
                        referral("C3", LocalDate.of(2025, 6, 2), "3A")))   // health: never assessed
                .with(ASSESSMENTS, List.of(
                        assessment("C1", LocalDate.of(2025, 6, 16)),
                        assessment("C2", LocalDate.of(2025, 6, 17))));

        IndicatorResult result = indicator.compute(data, T);

        assertRatio(1, 3, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("source group", "police", 1, 2),
                IndicatorValue.percent("source group", "health services", 0, 1));
    }

    private static TableRecord referral(String child, LocalDate date, String source) {
        return row(REFERRALS).set(CHILD_ID, child).set(DATE_OF_REFERRAL, date).set(REFERRAL_SOURCE, source).build();
    }

    private static TableRecord assessment(String child, LocalDate start) {
        return row(ASSESSMENTS).set(CHILD_ID, child).set(ASSESSMENT_START_DATE, start).build();
    }
}
