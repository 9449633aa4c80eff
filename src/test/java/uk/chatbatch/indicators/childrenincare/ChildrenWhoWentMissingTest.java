package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_MISSING_EPISODES;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.PLACEMENT_TYPE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.table.TableRecord;

class ChildrenWhoWentMissingTest {

    /** Each row a different child unless a test says otherwise. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_CHILD = new java.util.concurrent.atomic.AtomicInteger();

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenWhoWentMissing indicator = new ChildrenWhoWentMissing();

    @ParameterizedTest(name = "{0}: missing {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                            | started    | ceased     | episodes | missing | in window
            went missing once                                 | 2023-01-01 |            | 1        | 1       | 1
            went missing seven times                          | 2023-01-01 |            | 7        | 1       | 1
            never missing                                     | 2023-01-01 |            | 0        | 0       | 1
            blank count stays in the denominator              | 2023-01-01 |            |          | 0       | 1
            ceased on the first day of the window             | 2023-01-01 | 2024-10-01 | 2        | 1       | 1
            ceased on T minus 6 months: not in the window     | 2023-01-01 | 2024-09-30 | 2        | 0       | 0
            ceased on T                                       | 2023-01-01 | 2025-03-31 | 2        | 1       | 1
            started on T                                      | 2025-03-31 |            | 1        | 1       | 1
            starts the day after T                            | 2025-04-01 |            | 1        | 0       | 0
            """)
    void measuresChildrenLookedAfterDuringTheWindow(String boundary, LocalDate started, LocalDate ceased,
                                                    Integer episodes, long missing, long inWindow) {
        assertRatio(missing, inWindow, indicator.compute(only(CHILDREN_IN_CARE,
                child(started, ceased, episodes, LocalDate.of(2010, 1, 1), "U4")), T));
    }

    /** The base mixes children looked after at T with those who ceased in the window, as ChAT; a setting narrows it. */
    @ParameterizedTest(name = "setting {0}: missing {1} of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # includes ceased | missing | base
            1                 | 2       | 3
            0                 | 1       | 2
            """)
    void whetherChildrenWhoCeasedInTheWindowAreInTheBaseIsASetting(int includesCeased, long missing, long base) {
        IndicatorContext context = T.with(IndicatorSettings.of(Map.of("cla_missing_includes_ceased_in_window",
                includesCeased), "test"), Population.notConfigured());
        LocalDate started = LocalDate.of(2023, 1, 1);

        assertRatio(missing, base, indicator.compute(only(CHILDREN_IN_CARE,
                child(started, null, 1, LocalDate.of(2010, 1, 1), "U4"),                      // looked after at T
                child(started, null, 0, LocalDate.of(2010, 1, 1), "U4"),                      // looked after at T
                child(started, LocalDate.of(2025, 1, 10), 2, LocalDate.of(2010, 1, 1), "U4")), // ceased in window
                context));
    }

    @Test
    void aChildWithTwoRowsCountsOnceAndIsMissingWhenEitherRowSaysSo() {
        TableRecord firstPeriod = row(CHILDREN_IN_CARE).set(CHILD_ID, "C-two").set(CLA_START_DATE,
                LocalDate.of(2023, 1, 1)).set(CLA_CEASED_DATE, LocalDate.of(2024, 11, 1)).set(CLA_MISSING_EPISODES, 0)
                .build();
        TableRecord secondPeriod = row(CHILDREN_IN_CARE).set(CHILD_ID, "C-two").set(CLA_START_DATE,
                LocalDate.of(2025, 1, 6)).set(CLA_MISSING_EPISODES, 2).build();

        assertRatio(1, 1, indicator.compute(only(CHILDREN_IN_CARE, firstPeriod, secondPeriod), T));
    }

    @Test
    void breaksDownByAgeBandAtThePeriodEndAndPlacementGroup() {
        LocalDate started = LocalDate.of(2023, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE,
                child(started, null, 3, LocalDate.of(2009, 4, 1), "K2"),     // 15: 10 to 15
                child(started, null, 0, LocalDate.of(2009, 3, 31), "K2"),    // 16 on T: 16 to 17
                child(started, null, 1, LocalDate.of(2009, 3, 31), "U4"),    // 16 on T: 16 to 17
                child(started, null, 0, LocalDate.of(2020, 1, 1), "U4")),    // 5
                T);

        assertRatio(2, 4, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("age band", "5 to 9", 0, 1),
                IndicatorValue.percent("age band", "10 to 15", 1, 1),
                IndicatorValue.percent("age band", "16 to 17", 1, 2),
                IndicatorValue.percent("placement group", "children's homes", 1, 2),
                IndicatorValue.percent("placement group", "foster (including kinship)", 1, 2));
    }

    static TableRecord child(LocalDate started, LocalDate ceased, Integer missingEpisodes, LocalDate born,
                              String placementType) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C" + NEXT_CHILD.incrementAndGet()).set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased)
                .set(CLA_MISSING_EPISODES, missingEpisodes).set(DATE_OF_BIRTH, born)
                .set(PLACEMENT_TYPE, placementType).build();
    }
}
