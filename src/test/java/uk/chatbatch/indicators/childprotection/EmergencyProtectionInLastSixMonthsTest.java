package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_EMERGENCY_PROTECTION;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
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
import uk.chatbatch.model.table.TableRecord;

class EmergencyProtectionInLastSixMonthsTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final EmergencyProtectionInLastSixMonths indicator = new EmergencyProtectionInLastSixMonths();

    @ParameterizedTest(name = "{0}: flagged {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                              | start      | end        | EPO flag | flagged | open
            flagged                             | 2025-05-01 |            | Yes      | 1       | 1
            not flagged                         | 2025-05-01 |            | No       | 0       | 1
            blank stays in the denominator      | 2025-05-01 |            |          | 0       | 1
            flagged but ended on T              | 2025-05-01 | 2025-09-30 | Yes      | 0       | 0
            flagged, ends the day after T       | 2025-05-01 | 2025-10-01 | Yes      | 1       | 1
            """)
    void measuresOpenPlans(String boundary, LocalDate start, LocalDate end, String flag, long flagged, long open) {
        assertRatio(flagged, open, indicator.compute(only(CHILD_PROTECTION, plan(start, end, flag)), T));
    }

    @Test
    void givesTheCountAndThePercentage() {
        LocalDate start = LocalDate.of(2025, 5, 1);
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION, plan(start, null, "Yes"),
                plan(start, null, "No"), plan(start, null, "No"), plan(start, null, "No"), plan(start, null, "No")), T);

        assertThat(headline(result).numerator()).isEqualTo(1);
        assertThat(headline(result).value()).isEqualTo(20.0);
    }

    private static TableRecord plan(LocalDate start, LocalDate end, String flag) {
        return row(CHILD_PROTECTION).set(CHILD_ID, "C1").set(CP_START_DATE, start).set(CP_END_DATE, end)
                .set(CP_EMERGENCY_PROTECTION, flag).build();
    }
}
