package uk.chatbatch.indicators.childreninneed;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class OpenChildInNeedEpisodesByDurationTest {

    private final OpenChildInNeedEpisodesByDuration indicator = new OpenChildInNeedEpisodesByDuration();

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                           | T          | start      | band
            started on T                                     | 2025-09-30 | 2025-09-30 | under 3 months
            a day short of 3 months                          | 2025-09-30 | 2025-07-01 | under 3 months
            exactly 3 months                                 | 2025-09-30 | 2025-06-30 | 3 to 6 months
            started 31 Mar: 3 months on 30 Jun               | 2025-06-30 | 2025-03-31 | 3 to 6 months
            a day short of 6 months                          | 2025-09-30 | 2025-04-01 | 3 to 6 months
            started 31 Mar: 6 months on 30 Sep, clamped      | 2025-09-30 | 2025-03-31 | 6 to 12 months
            exactly 12 months                                | 2025-09-30 | 2024-09-30 | 1 to 2 years
            a day short of 2 years                           | 2025-09-30 | 2023-10-01 | 1 to 2 years
            exactly 2 years                                  | 2025-09-30 | 2023-09-30 | 2 years or more
            started 29 Feb 2024: 2 years on 28 Feb 2026      | 2026-02-28 | 2024-02-29 | 2 years or more
            eight years                                      | 2025-09-30 | 2017-06-01 | 2 years or more
            """)
    void bandsOpenEpisodesByCompletedCalendarMonths(String boundary, LocalDate periodEnd, LocalDate start,
                                                    String band) {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_NEED, episode("C1", start, null, "Team A")),
                periodEnding(periodEnd));

        assertCount(1, result);
        assertThat(result.values()).contains(IndicatorValue.count("duration", band, 1));
    }

    @Test
    void countsOnlyOpenEpisodesEveryBandShownWithTeams() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", LocalDate.of(2025, 8, 1), null, "Team A"),                          // under 3 months
                episode("C2", LocalDate.of(2025, 8, 1), null, "Team B"),                          // under 3 months
                episode("C3", LocalDate.of(2022, 8, 1), null, null),                              // 2 years or more
                episode("C4", LocalDate.of(2024, 8, 1), LocalDate.of(2025, 9, 30), "Team A"),    // closed on T
                episode("C5", LocalDate.of(2025, 10, 1), null, "Team A")),                        // starts after T
                periodEnding(LocalDate.of(2025, 9, 30)));

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 3),
                IndicatorValue.count("duration", "under 3 months", 2),
                IndicatorValue.count("duration", "3 to 6 months", 0),
                IndicatorValue.count("duration", "6 to 12 months", 0),
                IndicatorValue.count("duration", "1 to 2 years", 0),
                IndicatorValue.count("duration", "2 years or more", 1),
                IndicatorValue.count("duration", "unknown", 0),
                IndicatorValue.count("team", "Team A", 1),
                IndicatorValue.count("team", "Team B", 1),
                IndicatorValue.count("team", "unallocated", 1));
    }

    @Test
    void theSameInstanceServesDifferentPeriodEnds() {
        TableRecord started = episode("C1", LocalDate.of(2025, 6, 30), null, "Team A");

        assertThat(indicator.compute(only(CHILDREN_IN_NEED, started), periodEnding(LocalDate.of(2025, 9, 29))).values())
                .contains(IndicatorValue.count("duration", "under 3 months", 1));
        assertThat(indicator.compute(only(CHILDREN_IN_NEED, started), periodEnding(LocalDate.of(2025, 9, 30))).values())
                .contains(IndicatorValue.count("duration", "3 to 6 months", 1));
    }

    private static TableRecord episode(String child, LocalDate start, LocalDate closure, String team) {
        return row(CHILDREN_IN_NEED).set(CHILD_ID, child).set(CIN_START_DATE, start).set(CIN_CLOSURE_DATE, closure)
                .set(ALLOCATED_TEAM, team).build();
    }
}
