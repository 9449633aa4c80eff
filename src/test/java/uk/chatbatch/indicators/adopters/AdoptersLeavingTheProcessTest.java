package uk.chatbatch.indicators.adopters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTERS;
import static uk.chatbatch.annexa.Field.ADOPTER_ID;
import static uk.chatbatch.annexa.Field.ADOPTER_LEFT_DATE;
import static uk.chatbatch.annexa.Field.ADOPTER_LEFT_REASON;
import static uk.chatbatch.annexa.Field.ADOPTER_MATCHED_DATE;
import static uk.chatbatch.annexa.Field.APPLICATION_APPROVED_DATE;
import static uk.chatbatch.annexa.Field.STAGE1_END_DATE;
import static uk.chatbatch.annexa.Field.STAGE1_START_DATE;
import static uk.chatbatch.annexa.Field.STAGE2_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class AdoptersLeavingTheProcessTest {

    /** T = 31 Mar 2025: the window is 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final AdoptersLeavingTheProcess indicator = new AdoptersLeavingTheProcess();

    /** Every adopter here started stage 1 on 1 May 2024, ended it 1 Jul, started stage 2 on 1 Aug, approved 1 Dec. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | left       | stage
            left before starting stage 1                  | 2024-04-20 | before stage 1
            left on the day stage 1 started               | 2024-05-01 | stage 1
            left during stage 1                           | 2024-06-01 | stage 1
            left after stage 1, before stage 2            | 2024-07-15 | between stages
            left during stage 2                           | 2024-09-01 | stage 2
            left after approval                           | 2025-01-15 | approved
            """)
    void findsTheStageReachedByTheDayTheyLeft(String scenario, LocalDate left, String stage) {
        IndicatorResult result = indicator.compute(only(ADOPTERS, row(ADOPTERS).set(ADOPTER_ID, "A1")
                .set(STAGE1_START_DATE, LocalDate.of(2024, 5, 1)).set(STAGE1_END_DATE, LocalDate.of(2024, 7, 1))
                .set(STAGE2_START_DATE, LocalDate.of(2024, 8, 1))
                .set(APPLICATION_APPROVED_DATE, LocalDate.of(2024, 12, 1))
                .set(ADOPTER_LEFT_DATE, left).set(ADOPTER_LEFT_REASON, "1").build()), T);

        assertCount(1, result);
        assertThat(result.values()).contains(IndicatorValue.count("stage", stage, 1));
    }

    @Test
    void countsLeaversInTheWindowByReason() {
        IndicatorResult result = indicator.compute(only(ADOPTERS,
                leaver("A1", LocalDate.of(2024, 4, 1), "1"),     // window's first day
                leaver("A2", LocalDate.of(2025, 3, 31), "3"),    // on T
                leaver("A3", LocalDate.of(2024, 3, 31), "2"),    // 12 months before T: outside
                leaver("A4", LocalDate.of(2024, 10, 1), null),   // reason blank
                row(ADOPTERS).set(ADOPTER_ID, "A5").set(ADOPTER_MATCHED_DATE, LocalDate.of(2024, 6, 1)).build()),
                T);

        assertCount(3, result);
        assertThat(result.values()).filteredOn(v -> v.breakdown().equals("reason")).containsExactly(
                IndicatorValue.count("reason", "1", 1),
                IndicatorValue.count("reason", "2", 0),
                IndicatorValue.count("reason", "3", 1),
                IndicatorValue.count("reason", "unknown", 1));
        assertThat(result.values()).contains(IndicatorValue.count("stage", "before stage 1", 3),
                IndicatorValue.count("stage", "placed", 0));
    }

    private static TableRecord leaver(String id, LocalDate left, String reason) {
        return row(ADOPTERS).set(ADOPTER_ID, id).set(ADOPTER_LEFT_DATE, left).set(ADOPTER_LEFT_REASON, reason).build();
    }
}
