package uk.chatbatch.indicators.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class AssessmentDurationInWorkingDaysTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. Mon 25 Aug 2025 is a bank holiday. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));
    private static final LocalDate MON_2_JUNE = LocalDate.of(2025, 6, 2);

    private final AssessmentDurationInWorkingDays indicator = new AssessmentDurationInWorkingDays();

    @ParameterizedTest(name = "{0}: {3} working days, band {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | start      | authorised | days | band
            authorised the day it started                 | 2025-06-02 | 2025-06-02 | 0    | same day
            started Fri, authorised Sat: still 0          | 2025-06-06 | 2025-06-07 | 0    | same day
            the 1st working day                           | 2025-06-02 | 2025-06-03 | 1    | 1 to 10
            the 10th                                      | 2025-06-02 | 2025-06-16 | 10   | 1 to 10
            the 11th                                      | 2025-06-02 | 2025-06-17 | 11   | 11 to 20
            the 40th                                      | 2025-06-02 | 2025-07-28 | 40   | 31 to 40
            the 41st                                      | 2025-06-02 | 2025-07-29 | 41   | 41 to 45
            the 45th: still in time                       | 2025-06-02 | 2025-08-04 | 45   | 41 to 45
            the 46th: late                                | 2025-06-02 | 2025-08-05 | 46   | 46 to 50
            the 60th, over the August bank holiday        | 2025-06-02 | 2025-08-26 | 60   | 51 to 60
            the 61st                                      | 2025-06-02 | 2025-08-27 | 61   | 61 and over
            """)
    void measuresWorkingDaysFromStartToAuthorisationInDfEBands(String scenario, LocalDate start,
            LocalDate authorised, int days, String band) {
        IndicatorResult result = indicator.compute(only(ASSESSMENTS, assessment(start, authorised, "Team A")), T);

        assertThat(headline(result)).isEqualTo(new IndicatorValue("all", "all", 1, null, (double) days));
        assertThat(result.values()).contains(IndicatorValue.percent("working days", band, 1, 1));
    }

    @Test
    void medianQuartilesBandsAndTeamMedians() {
        IndicatorResult result = indicator.compute(only(ASSESSMENTS,
                assessment(MON_2_JUNE, MON_2_JUNE, "Team A"),                        // 0
                assessment(MON_2_JUNE, LocalDate.of(2025, 6, 16), "Team A"),         // 10
                assessment(MON_2_JUNE, LocalDate.of(2025, 6, 17), "Team A"),         // 11
                assessment(MON_2_JUNE, LocalDate.of(2025, 8, 4), "Team B"),          // 45
                assessment(MON_2_JUNE, LocalDate.of(2025, 8, 5), "Team B"),          // 46
                assessment(MON_2_JUNE, LocalDate.of(2025, 8, 27), null),             // 61, no team
                assessment(MON_2_JUNE, null, "Team A"),                              // open: not measured
                assessment(MON_2_JUNE, LocalDate.of(2025, 6, 1), "Team A"),          // before its start: left out
                assessment(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 30), "Team A")),  // T minus 6 months
                T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(result.values()).containsExactly(
                new IndicatorValue("all", "all", 6, null, 28.0),                  // mean of 11 and 45
                new IndicatorValue("quartile", "lower quartile", 6, null, 10.25),  // QUARTILE.INC
                new IndicatorValue("quartile", "upper quartile", 6, null, 45.75),
                IndicatorValue.percent("working days", "same day", 1, 6),
                IndicatorValue.percent("working days", "1 to 10", 1, 6),
                IndicatorValue.percent("working days", "11 to 20", 1, 6),
                IndicatorValue.percent("working days", "21 to 30", 0, 6),
                IndicatorValue.percent("working days", "31 to 40", 0, 6),
                IndicatorValue.percent("working days", "41 to 45", 1, 6),
                IndicatorValue.percent("working days", "46 to 50", 1, 6),
                IndicatorValue.percent("working days", "51 to 60", 0, 6),
                IndicatorValue.percent("working days", "61 and over", 1, 6),
                new IndicatorValue("team", "Team A", 3, null, 10.0),
                new IndicatorValue("team", "Team B", 2, null, 45.5),
                new IndicatorValue("team", "unallocated", 1, null, 61.0));
        assertThat(result.counted()).hasSize(6).allMatch(r -> r.inNumerator() && !r.inDenominator());
    }

    @Test
    void noAssessmentsAuthorisedInTheWindowIsNoCasesWithNoValue() {
        IndicatorResult result = indicator.compute(only(ASSESSMENTS, assessment(MON_2_JUNE, null, "Team A")), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(result.message()).isEqualTo("no assessments authorised in the window and measured");
        assertThat(headline(result).value()).isNull();
        assertThat(headline(result).numerator()).isZero();
    }

    @Test
    void aStartBeforeTheTableHasNoExactDurationSoThatRecordAloneIsLeftOutAndCounted() {
        IndicatorResult result = indicator.compute(only(ASSESSMENTS,
                assessment(LocalDate.of(2008, 12, 20), LocalDate.of(2025, 6, 2), "Team A"),
                assessment(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 8), "Team A")), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(result.headline().orElseThrow().numerator()).isEqualTo(1L);
        assertThat(result.message()).startsWith("1 record was not computed and left out");
    }

    private static TableRecord assessment(LocalDate start, LocalDate authorised, String team) {
        return row(ASSESSMENTS).set(CHILD_ID, "C1").set(ASSESSMENT_START_DATE, start)
                .set(ASSESSMENT_AUTHORISATION_DATE, authorised).set(ALLOCATED_TEAM, team).build();
    }
}
