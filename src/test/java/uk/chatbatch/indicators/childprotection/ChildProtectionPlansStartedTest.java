package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.annexa.Field.INITIAL_CATEGORY_OF_ABUSE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
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
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ChildProtectionPlansStartedTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildProtectionPlansStarted indicator = new ChildProtectionPlansStarted();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | start      | end        | counted
            starts on the first day of the window    | 2025-03-31 |            | 1
            starts on T minus 6 months               | 2025-03-30 |            | 0
            starts on T                              | 2025-09-30 |            | 1
            starts the day after T                   | 2025-10-01 |            | 0
            started and ended in the window          | 2025-04-10 | 2025-08-01 | 1
            """)
    void countsPlansStartingInTheWindow(String boundary, LocalDate start, LocalDate end, long counted) {
        assertCount(counted, indicator.compute(only(CHILD_PROTECTION, plan("C1", start, end, "NEG")), T));
    }

    @Test
    void breaksStartsDownByMonthAndInitialCategory() {
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION,
                plan("C1", LocalDate.of(2025, 3, 31), null, "NEG"),    // March: the window's one-day first month
                plan("C2", LocalDate.of(2025, 4, 1), null, "NEG"),
                plan("C3", LocalDate.of(2025, 4, 30), null, "EMO"),
                plan("C4", LocalDate.of(2025, 9, 30), null, null),     // blank category: unknown
                plan("C5", LocalDate.of(2025, 2, 1), null, "PHY")),    // before the window
                T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 4),
                IndicatorValue.count("month", "2025-03", 1),
                IndicatorValue.count("month", "2025-04", 2),
                IndicatorValue.count("month", "2025-05", 0),
                IndicatorValue.count("month", "2025-06", 0),
                IndicatorValue.count("month", "2025-07", 0),
                IndicatorValue.count("month", "2025-08", 0),
                IndicatorValue.count("month", "2025-09", 1),
                IndicatorValue.count("month", "outside window", 0),
                IndicatorValue.count("initial category", "NEG", 2),
                IndicatorValue.count("initial category", "PHY", 0),
                IndicatorValue.count("initial category", "SAB", 0),
                IndicatorValue.count("initial category", "EMO", 1),
                IndicatorValue.count("initial category", "MUL", 0),
                IndicatorValue.count("initial category", "unknown", 1));
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C1", "C2", "C3", "C4");
    }

    @Test
    void theSameInstanceServesDifferentPeriods() {
        TableRecord plan = plan("C1", LocalDate.of(2025, 9, 15), null, "NEG");

        assertThat(indicator.compute(only(CHILD_PROTECTION, plan), T).values())
                .contains(IndicatorValue.count("month", "2025-09", 1));
        assertThat(indicator.compute(only(CHILD_PROTECTION, plan), periodEnding(LocalDate.of(2025, 12, 31))).values())
                .contains(IndicatorValue.count("month", "2025-09", 1), IndicatorValue.count("month", "2025-12", 0));
    }

    static TableRecord plan(String child, LocalDate start, LocalDate end, String initialCategory) {
        return row(CHILD_PROTECTION).set(CHILD_ID, child).set(CP_START_DATE, start).set(CP_END_DATE, end)
                .set(INITIAL_CATEGORY_OF_ABUSE, initialCategory).build();
    }
}
