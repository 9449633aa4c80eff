package uk.chatbatch.indicators.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.EARLY_HELP;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_COMPLETION_DATE;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.EH_ORGANISATION;
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

class EarlyHelpAssessmentDurationTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final EarlyHelpAssessmentDuration indicator = new EarlyHelpAssessmentDuration();

    @ParameterizedTest(name = "{0}: {3} measured, {4} days")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | start      | completed  | measured | days
            completed the day it started: 0 days            | 2025-06-06 | 2025-06-06 | 1        | 0
            over a weekend: calendar days, 3                | 2025-06-06 | 2025-06-09 | 1        | 3
            started long before the window                  | 2024-01-01 | 2025-04-01 | 1        | 456
            completed on the first day of the window        | 2025-03-01 | 2025-03-31 | 1        | 30
            completed on T minus 6 months                   | 2025-03-01 | 2025-03-30 | 0        |
            not completed                                   | 2025-06-06 |            | 0        |
            completed before it started: left out           | 2025-06-06 | 2025-06-05 | 0        |
            """)
    void measuresCalendarDaysOfAssessmentsCompletedInTheWindow(String scenario, LocalDate start,
            LocalDate completed, long measured, Double days) {
        IndicatorResult result = indicator.compute(only(EARLY_HELP, assessment(start, completed, "School")), T);

        assertThat(headline(result)).isEqualTo(new IndicatorValue("all", "all", measured, null, days));
        assertThat(result.status()).isEqualTo(measured == 0 ? IndicatorStatus.NO_CASES : IndicatorStatus.COMPUTED);
    }

    @Test
    void medianQuartilesAndEachOrganisationsOwnMedian() {
        LocalDate start = LocalDate.of(2025, 5, 1);
        IndicatorResult result = indicator.compute(only(EARLY_HELP,
                assessment(start, start.plusDays(10), "Health visiting"),
                assessment(start, start.plusDays(20), "Health visiting"),
                assessment(start, start.plusDays(30), "School"),
                assessment(start, start.plusDays(70), null)),          // blank organisation: unknown
                T);

        assertThat(result.values()).containsExactly(
                new IndicatorValue("all", "all", 4, null, 25.0),
                new IndicatorValue("quartile", "lower quartile", 4, null, 17.5),
                new IndicatorValue("quartile", "upper quartile", 4, null, 40.0),
                new IndicatorValue("organisation", "Health visiting", 2, null, 15.0),
                new IndicatorValue("organisation", "School", 1, null, 30.0),
                new IndicatorValue("organisation", "unknown", 1, null, 70.0));
    }

    private static TableRecord assessment(LocalDate start, LocalDate completed, String organisation) {
        return row(EARLY_HELP).set(CHILD_ID, "C1").set(EH_ASSESSMENT_START_DATE, start)
                .set(EH_ASSESSMENT_COMPLETION_DATE, completed).set(EH_ORGANISATION, organisation).build();
    }
}
