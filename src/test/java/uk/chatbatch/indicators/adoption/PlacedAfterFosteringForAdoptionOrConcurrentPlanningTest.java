package uk.chatbatch.indicators.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.FFA_PLACEMENT_DATE;
import static uk.chatbatch.annexa.Field.PLACED_FOR_ADOPTION_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.row;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.T;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.d;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.model.table.TableRecord;

class PlacedAfterFosteringForAdoptionOrConcurrentPlanningTest {

    private final PlacedAfterFosteringForAdoptionOrConcurrentPlanning indicator =
            new PlacedAfterFosteringForAdoptionOrConcurrentPlanning();

    @ParameterizedTest(name = "{0}: FFA {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | FFA        | placed     | FFA first | placed in window
            FFA before the adoptive placement             | 2024-02-01 | 2024-09-01 | 1         | 1
            FFA the same day                              | 2024-09-01 | 2024-09-01 | 1         | 1
            FFA after the adoptive placement: not counted | 2024-09-02 | 2024-09-01 | 0         | 1
            no FFA                                        |            | 2024-09-01 | 0         | 1
            placed before the window                      | 2023-02-01 | 2024-03-31 | 0         | 0
            FFA but not yet placed                        | 2024-10-01 |            | 0         | 0
            """)
    void countsChildrenPlacedInTheWindowWhoWereFirstPlacedFfa(String scenario, String ffa, String placed,
                                                              long ffaFirst, long placedInWindow) {
        assertRatio(ffaFirst, placedInWindow, indicator.compute(only(ADOPTION, child("C1", ffa, placed)), T));
    }

    @Test
    void drillsDownToTheChildrenPlaced() {
        IndicatorResult result = indicator.compute(only(ADOPTION,
                child("C1", "2024-02-01", "2024-09-01"), child("C2", null, "2024-10-01"),
                child("C3", null, "2023-10-01")), T);

        assertRatio(1, 2, result);
        assertThat(result.counted()).extracting(CountedRecord::childId, CountedRecord::inNumerator).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C1", true), org.assertj.core.groups.Tuple.tuple("C2", false));
    }

    private static TableRecord child(String id, String ffa, String placed) {
        return row(ADOPTION).set(CHILD_ID, id).set(FFA_PLACEMENT_DATE, d(ffa))
                .set(PLACED_FOR_ADOPTION_DATE, d(placed)).build();
    }
}
