package uk.chatbatch.indicators.childreninneed;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.CensusRows.assessment;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.CensusRows.plan;
import static uk.chatbatch.indicators.CensusRows.section47;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

/** The census populations dated in the window, on their own: which date places a row, and the window's edges. */
class CensusRowsInWindowTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    @ParameterizedTest(name = "{0}: in the window {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | referral   | in window
            the day before the window       | 2025-03-30 | false
            the window's first day          | 2025-03-31 | true
            the period end                  | 2025-09-30 | true
            the day after the period end    | 2025-10-01 | false
            """)
    void aReferralIsPlacedByItsReferralDate(String boundary, LocalDate referral, boolean inWindow) {
        CensusHistory history = history(episode("C1", 1, referral, null));

        assertThat(CensusRowsInWindow.REFERRALS.of(history, T)).hasSize(inWindow ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}: in the window {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | start      | authorised | in window
            started before the window, authorised in it   | 2025-01-01 | 2025-04-01 | true
            started in the window, not yet authorised     | 2025-04-01 |            | false
            started in the window, authorised after T     | 2025-04-01 | 2025-10-01 | false
            """)
    void anAssessmentIsPlacedByItsAuthorisationNotItsStart(String boundary, LocalDate start, LocalDate authorised,
                                                          boolean inWindow) {
        TableRecord referral = episode("C1", 1, d("2024-12-01"), null);
        CensusHistory history = history(referral, assessment(referral, 1, start, authorised));

        assertThat(CensusRowsInWindow.ASSESSMENTS_AUTHORISED.of(history, T)).hasSize(inWindow ? 1 : 0);
    }

    @Test
    void aPlanAndAnEnquiryArePlacedByTheirStart() {
        TableRecord referral = episode("C1", 1, d("2024-12-01"), null);
        CensusHistory history = history(referral,
                plan(referral, 1, d("2025-03-30"), d("2025-05-01"), 0),      // ended in the window: not started in it
                plan(referral, 2, d("2025-03-31"), null, 1),                 // the window's first day
                section47(referral, 1, d("2025-03-30"), d("2025-04-10"), false),
                section47(referral, 2, d("2025-09-30"), null, null));        // the period end

        assertThat(CensusRowsInWindow.PLANS_STARTED.of(history, T)).extracting(CensusHistory.ProtectionPlan::start)
                .containsExactly(d("2025-03-31"));
        assertThat(CensusRowsInWindow.SECTION_47S_STARTED.of(history, T)).extracting(CensusHistory.Section47::start)
                .containsExactly(d("2025-09-30"));
    }

    private static CensusHistory history(TableRecord... rows) {
        return CensusHistory.of(census(rows).returns());
    }
}
