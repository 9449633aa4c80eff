package uk.chatbatch.indicators.adopters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTERS;
import static uk.chatbatch.annexa.Field.ADOPTER_ID;
import static uk.chatbatch.annexa.Field.APPLICATION_APPROVED_DATE;
import static uk.chatbatch.annexa.Field.STAGE1_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.model.table.TableRecord;

class DaysFromStageOneToApprovalTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final DaysFromStageOneToApproval indicator = new DaysFromStageOneToApproval();

    @ParameterizedTest(name = "{0}: measured {3}, {4} days")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | stage 1 started | approved   | measured | days
            approved six months after registering    | 2024-03-01      | 2024-09-01 | 1        | 184
            approved on T                            | 2024-10-01      | 2025-03-31 | 1        | 181
            approved before the window               | 2023-09-01      | 2024-03-31 | 0        |
            approved before registering: not measured| 2024-10-01      | 2024-09-01 | 0        |
            no stage 1 start: not measured           |                 | 2024-09-01 | 0        |
            """)
    void measuresAdoptersApprovedInTheWindow(String scenario, LocalDate started, LocalDate approved, long measured,
                                             Double days) {
        IndicatorResult result = indicator.compute(only(ADOPTERS, adopter("A1", started, approved)), T);

        assertThat(headline(result).numerator()).isEqualTo(measured);
        assertThat(headline(result).value()).isEqualTo(days);
    }

    @Test
    void theMeanOfThoseMeasured_andTheDrillDownHoldsThem() {
        IndicatorResult result = indicator.compute(only(ADOPTERS,
                adopter("A1", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1)),     // 184
                adopter("A2", LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31)),   // 181
                adopter("A3", null, LocalDate.of(2024, 9, 1))), T);                   // not measured

        assertThat(headline(result).value()).isEqualTo(182.5);
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("A1", "A2");
    }

    private static TableRecord adopter(String id, LocalDate started, LocalDate approved) {
        return row(ADOPTERS).set(ADOPTER_ID, id).set(STAGE1_START_DATE, started)
                .set(APPLICATION_APPROVED_DATE, approved).build();
    }
}
