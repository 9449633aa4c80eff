package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
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
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.model.table.TableRecord;

class OpenPlansLastingTwoYearsOrMoreTest {

    private final OpenPlansLastingTwoYearsOrMore indicator = new OpenPlansLastingTwoYearsOrMore();

    @ParameterizedTest(name = "{0}: two years or more {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | T          | start      | end        | 2y+ | open
            open exactly two years                          | 2025-09-30 | 2023-09-30 |            | 1   | 1
            a day short of two years                        | 2025-09-30 | 2023-10-01 |            | 0   | 1
            open five years                                 | 2025-09-30 | 2020-09-01 |            | 1   | 1
            started 29 Feb 2024: two years on 28 Feb 2026   | 2026-02-28 | 2024-02-29 |            | 1   | 1
            started 29 Feb 2024, T 27 Feb 2026              | 2026-02-27 | 2024-02-29 |            | 0   | 1
            long plan ended on T: not open                  | 2025-09-30 | 2020-01-01 | 2025-09-30 | 0   | 0
            long plan ends the day after T: open            | 2025-09-30 | 2020-01-01 | 2025-10-01 | 1   | 1
            """)
    void measuresPlansOpenAtThePeriodEnd(String boundary, LocalDate periodEnd, LocalDate start, LocalDate end,
                                         long twoYearsOrMore, long open) {
        assertRatio(twoYearsOrMore, open, indicator.compute(only(CHILD_PROTECTION, plan("C1", start, end)),
                periodEnding(periodEnd)));
    }

    @Test
    void percentageOfOpenPlansWithDrillDown() {
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION,
                plan("C1", LocalDate.of(2022, 1, 1), null),                        // over two years
                plan("C2", LocalDate.of(2025, 1, 1), null),
                plan("C3", LocalDate.of(2024, 11, 1), null),
                plan("C4", LocalDate.of(2025, 5, 1), null),
                plan("C5", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 5, 1))),   // ended: not measured
                periodEnding(LocalDate.of(2025, 9, 30)));

        assertRatio(1, 4, result);
        assertThat(headline(result).value()).isEqualTo(25.0);
        assertThat(result.counted()).extracting(CountedRecord::childId, CountedRecord::inNumerator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1", true),
                        org.assertj.core.groups.Tuple.tuple("C2", false),
                        org.assertj.core.groups.Tuple.tuple("C3", false),
                        org.assertj.core.groups.Tuple.tuple("C4", false));
    }

    private static TableRecord plan(String child, LocalDate start, LocalDate end) {
        return row(CHILD_PROTECTION).set(CHILD_ID, child).set(CP_START_DATE, start).set(CP_END_DATE, end).build();
    }
}
