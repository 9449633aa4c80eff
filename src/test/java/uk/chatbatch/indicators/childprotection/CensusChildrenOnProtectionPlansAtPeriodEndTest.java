package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.cin.CinField.PERSON_BIRTH_DATE;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.child;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.CensusRows.plan;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.model.table.TableRecord;

class CensusChildrenOnProtectionPlansAtPeriodEndTest {

    /** T = 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusChildrenOnProtectionPlansAtPeriodEnd indicator = new CensusChildrenOnProtectionPlansAtPeriodEnd();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                         | start      | end        | counted
            open plan, no end date         | 2024-06-01 |            | 1
            starts on T                    | 2025-03-31 |            | 1
            ends the day after T           | 2024-06-01 | 2025-04-01 | 1
            ends on T: not open at it      | 2024-06-01 | 2025-03-31 | 0
            starts the day after T         | 2025-04-01 |            | 0
            """)
    void countsPlansOpenAtThePeriodEnd(String boundary, LocalDate start, LocalDate end, long counted) {
        TableRecord episode = episode("C1", 1, d("2024-05-01"), null);
        assertCount(counted, indicator.compute(census(episode, plan(episode, 1, start, end, 0)), T));
    }

    @Test
    void countsChildrenOnceWithTheirAgeBandAtThePeriodEnd() {
        TableRecord c1 = episode("C1", 1, d("2024-05-01"), null);
        TableRecord c2 = episode("C2", 1, d("2024-05-01"), null);
        IndicatorResult result = indicator.compute(census(
                child("C1").set(PERSON_BIRTH_DATE, d("2015-04-01")).build(),     // 9 at T
                child("C2").set(PERSON_BIRTH_DATE, d("2015-03-31")).build(),     // 10th birthday on T
                c1, c2,
                plan(c1, 1, d("2024-06-01"), null, 0),
                plan(c1, 2, d("2024-09-01"), null, 1),                          // a second open plan: C1 once
                plan(c2, 1, d("2024-06-01"), null, 0)), T);

        assertCount(2, result);
        assertThat(result.values()).filteredOn(v -> v.breakdown().equals("age band") && v.numerator() > 0)
                .extracting(v -> v.breakdownValue() + " " + v.numerator())
                .containsExactly("5 to 9 1", "10 to 15 1");
        assertThat(result.counted()).filteredOn(c -> c.inNumerator()).hasSize(2);
        assertThat(result.counted()).hasSize(3);
    }
}
