package uk.chatbatch.indicators.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
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

class AssessmentsWithin45WorkingDaysTest {

    /** T = 30 Jun 2024: the window is 31 Dec 2023 to 30 Jun 2024. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2024, 6, 30));

    private final AssessmentsWithin45WorkingDays indicator = new AssessmentsWithin45WorkingDays();

    @ParameterizedTest(name = "{0}: within 45 working days {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                       | start      | authorised | in time | measured
            exactly 45 working days (Thu 28 Mar to Wed 5 Jun 2024)       | 2024-03-28 | 2024-06-05 | 1       | 1
            46 working days (Thu 28 Mar to Thu 6 Jun 2024)               | 2024-03-28 | 2024-06-06 | 0       | 1
            authorised the day it started: 0 working days                | 2024-06-03 | 2024-06-03 | 1       | 1
            authorised on the first day of the window                    | 2023-12-20 | 2023-12-31 | 1       | 1
            authorised on T minus 6 months                               | 2023-12-20 | 2023-12-30 | 0       | 0
            authorised on T                                              | 2024-06-28 | 2024-06-30 | 1       | 1
            authorised the day after T                                   | 2024-06-28 | 2024-07-01 | 0       | 0
            not yet authorised                                           | 2024-06-03 |            | 0       | 0
            authorised before its start: left out of both                | 2024-06-10 | 2024-06-03 | 0       | 0
            """)
    void measuresAssessmentsAuthorisedInTheWindow(String boundary, LocalDate start, LocalDate authorised,
                                                  long inTime, long measured) {
        assertRatio(inTime, measured, indicator.compute(only(ASSESSMENTS, assessment(start, authorised)), T));
    }

    @Test
    void percentageOfTheWindowsAssessments() {
        IndicatorResult result = indicator.compute(only(ASSESSMENTS,
                assessment(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 6, 5)),    // 45 working days: in time
                assessment(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 6, 6)),    // 46: late
                assessment(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3)),     // same day: in time
                assessment(LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 3))),   // before start: left out
                T);

        assertRatio(2, 3, result);
        assertThat(headline(result).value()).isCloseTo(66.667, offset(0.001));
    }

    @Test
    void noAssessmentsAuthorisedInTheWindowIsNoCasesWithNoValue() {
        IndicatorResult result = indicator.compute(only(ASSESSMENTS), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(result).value()).isNull();
        assertThat(headline(result).denominator()).isZero();
    }

    @Test
    void aStartBeforeTheTableIsLateWhenCertainAndOnlyAnUndecidableRecordIsLeftOut() {
        IndicatorResult result = indicator.compute(only(ASSESSMENTS,
                assessment(LocalDate.of(2008, 12, 20), LocalDate.of(2010, 1, 11)),   // over a year: certainly late
                assessment(LocalDate.of(2009, 12, 24), LocalDate.of(2010, 3, 1)),    // 41 to 46: cannot tell
                assessment(LocalDate.of(2010, 2, 1), LocalDate.of(2010, 2, 10))),    // in time
                periodEnding(LocalDate.of(2010, 3, 31)));

        assertThat(result.status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(result.headline().orElseThrow()).extracting(IndicatorValue::numerator, IndicatorValue::denominator)
                .containsExactly(1L, 2L);
        assertThat(result.message()).startsWith("1 record was not computed and left out").contains("2009-12-24");
    }

    @Test
    void eachTeamHasItsOwnShareAndABlankTeamIsUnallocated() {
        IndicatorResult result = indicator.compute(only(ASSESSMENTS,
                row(ASSESSMENTS).set(CHILD_ID, "C1").set(ASSESSMENT_START_DATE, LocalDate.of(2024, 4, 2))
                        .set(ASSESSMENT_AUTHORISATION_DATE, LocalDate.of(2024, 4, 30))
                        .set(uk.chatbatch.annexa.Field.ALLOCATED_TEAM, "North").build(),   // 20 working days: in time
                row(ASSESSMENTS).set(CHILD_ID, "C2").set(ASSESSMENT_START_DATE, LocalDate.of(2024, 1, 2))
                        .set(ASSESSMENT_AUTHORISATION_DATE, LocalDate.of(2024, 6, 28))
                        .set(uk.chatbatch.annexa.Field.ALLOCATED_TEAM, "North").build(),   // far over 45: late
                row(ASSESSMENTS).set(CHILD_ID, "C3").set(ASSESSMENT_START_DATE, LocalDate.of(2024, 5, 1))
                        .set(ASSESSMENT_AUTHORISATION_DATE, LocalDate.of(2024, 5, 2)).build()), T); // no team
        assertThat(result.values()).contains(
                uk.chatbatch.indicators.IndicatorValue.percent("team", "North", 1, 2),
                uk.chatbatch.indicators.IndicatorValue.percent("team", "unallocated", 1, 1));
    }

    private static TableRecord assessment(LocalDate start, LocalDate authorised) {
        return row(ASSESSMENTS).set(CHILD_ID, "C1")
                .set(ASSESSMENT_START_DATE, start).set(ASSESSMENT_AUTHORISATION_DATE, authorised).build();
    }
}
