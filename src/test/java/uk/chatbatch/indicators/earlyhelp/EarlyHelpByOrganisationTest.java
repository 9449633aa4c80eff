package uk.chatbatch.indicators.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.EARLY_HELP;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.EH_ORGANISATION;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class EarlyHelpByOrganisationTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final EarlyHelpByOrganisation indicator = new EarlyHelpByOrganisation();

    @Test
    void eachOrganisationsShareOfTheAssessmentsStartedInTheWindow() {
        IndicatorResult result = indicator.compute(only(EARLY_HELP,
                assessment(LocalDate.of(2025, 3, 31), "School"),            // first day of the window
                assessment(LocalDate.of(2025, 6, 1), "School"),
                assessment(LocalDate.of(2025, 6, 1), "Health visiting"),
                assessment(LocalDate.of(2025, 9, 30), null),                // on T, blank: unknown
                assessment(LocalDate.of(2025, 3, 30), "Police")),           // T minus 6 months: in no row
                T);

        assertRatio(4, 4, result);
        assertThat(result.values()).containsExactly(
                IndicatorValue.percent("all", "all", 4, 4),
                IndicatorValue.percent("organisation", "Health visiting", 1, 4),
                IndicatorValue.percent("organisation", "School", 2, 4),
                IndicatorValue.percent("organisation", "unknown", 1, 4));
    }

    @Test
    void noAssessmentsInTheWindowIsNoCases() {
        IndicatorResult result = indicator.compute(only(EARLY_HELP, assessment(LocalDate.of(2025, 1, 1), "School")), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(result.values()).containsExactly(IndicatorValue.percent("all", "all", 0, 0));
    }

    private static TableRecord assessment(LocalDate start, String organisation) {
        return row(EARLY_HELP).set(CHILD_ID, "C1").set(EH_ASSESSMENT_START_DATE, start)
                .set(EH_ORGANISATION, organisation).build();
    }
}
