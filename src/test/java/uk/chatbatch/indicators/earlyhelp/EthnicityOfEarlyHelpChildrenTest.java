package uk.chatbatch.indicators.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.EARLY_HELP;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.ETHNICITY;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class EthnicityOfEarlyHelpChildrenTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final EthnicityOfEarlyHelpChildren indicator = new EthnicityOfEarlyHelpChildren();

    @Test
    void eachChildOnceByTheEthnicityOnTheirLatestAssessment() {
        IndicatorResult result = indicator.compute(only(EARLY_HELP,
                assessment("C1", "MWBC", LocalDate.of(2025, 4, 1)),     // C1's earlier: not used
                assessment("C1", "APKN", LocalDate.of(2025, 8, 1)),     // C1's latest: Asian
                assessment("C2", "APKN", LocalDate.of(2025, 9, 30)),    // on T: Asian
                assessment("C3", "REFU", LocalDate.of(2025, 6, 1)),     // Refused or not obtained
                assessment("C4", "WBRI", LocalDate.of(2025, 3, 30))),   // T minus 6 months: not a child here
                T);

        assertRatio(3, 3, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("ethnic group", "Asian", 2, 3),
                IndicatorValue.percent("ethnic group", "Mixed", 0, 3),
                IndicatorValue.percent("ethnic group", "Refused or not obtained", 1, 3),
                IndicatorValue.percent("ethnic group", "White", 0, 3),
                IndicatorValue.percent("ethnicity", "APKN", 2, 3),
                IndicatorValue.percent("ethnicity", "MWBC", 0, 3));
    }

    @Test
    void noEarlyHelpInTheWindowMeansNoCases() {
        IndicatorResult result = indicator.compute(only(EARLY_HELP,
                assessment("C4", "WBRI", LocalDate.of(2025, 3, 30))),   // T minus 6 months: outside
                T);
        assertRatio(0, 0, result);
    }

    private static TableRecord assessment(String child, String ethnicity, LocalDate start) {
        return row(EARLY_HELP).set(CHILD_ID, child).set(ETHNICITY, ethnicity).set(EH_ASSESSMENT_START_DATE, start)
                .build();
    }
}
