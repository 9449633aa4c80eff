package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.annexa.Field.INITIAL_CATEGORY_OF_ABUSE;
import static uk.chatbatch.annexa.Field.LATEST_CATEGORY_OF_ABUSE;
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

class ChildProtectionPlansByCategoryOfAbuseTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildProtectionPlansByCategoryOfAbuse indicator = new ChildProtectionPlansByCategoryOfAbuse();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                               | start      | end        | counted
            open at T                            | 2025-01-01 |            | 1
            ended on T: not open                 | 2025-01-01 | 2025-09-30 | 0
            ends the day after T: open           | 2025-01-01 | 2025-10-01 | 1
            starts the day after T               | 2025-10-01 |            | 0
            """)
    void countsPlansOpenAtThePeriodEnd(String boundary, LocalDate start, LocalDate end, long counted) {
        assertCount(counted, indicator.compute(only(CHILD_PROTECTION, plan(start, end, "NEG", "NEG")), T));
    }

    @Test
    void countsByInitialAndByLatestCategory() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION,
                plan(start, null, "NEG", "NEG"),
                plan(start, null, "NEG", "EMO"),                        // category changed during the plan
                plan(start, null, "PHY", "MUL"),
                plan(start, null, null, "SAB"),                         // initial blank: unknown
                plan(start, LocalDate.of(2025, 6, 1), "SAB", "SAB")),   // ended: not counted
                T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 4),
                IndicatorValue.count("initial category", "NEG", 2),
                IndicatorValue.count("initial category", "PHY", 1),
                IndicatorValue.count("initial category", "SAB", 0),
                IndicatorValue.count("initial category", "EMO", 0),
                IndicatorValue.count("initial category", "MUL", 0),
                IndicatorValue.count("initial category", "unknown", 1),
                IndicatorValue.count("latest category", "NEG", 1),
                IndicatorValue.count("latest category", "PHY", 0),
                IndicatorValue.count("latest category", "SAB", 1),
                IndicatorValue.count("latest category", "EMO", 1),
                IndicatorValue.count("latest category", "MUL", 1),
                IndicatorValue.count("latest category", "unknown", 0));
    }

    private static TableRecord plan(LocalDate start, LocalDate end, String initial, String latest) {
        return row(CHILD_PROTECTION).set(CHILD_ID, "C1").set(CP_START_DATE, start).set(CP_END_DATE, end)
                .set(INITIAL_CATEGORY_OF_ABUSE, initial).set(LATEST_CATEGORY_OF_ABUSE, latest).build();
    }
}
