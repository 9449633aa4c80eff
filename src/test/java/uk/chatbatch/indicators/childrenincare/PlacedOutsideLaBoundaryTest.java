package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.PLACEMENT_LOCATION;
import static uk.chatbatch.annexa.Field.PLACEMENT_TYPE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
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

class PlacedOutsideLaBoundaryTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final PlacedOutsideLaBoundary indicator = new PlacedOutsideLaBoundary();

    @ParameterizedTest(name = "{0}: outside {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | ceased     | location | outside | looked after
            placed outside                          |            | Out      | 1       | 1
            placed inside                           |            | In       | 0       | 1
            blank stays in the denominator          |            |          | 0       | 1
            outside but ceased on T                 | 2025-03-31 | Out      | 0       | 0
            outside, ceases the day after T         | 2025-04-01 | Out      | 1       | 1
            """)
    void measuresChildrenLookedAfterAtThePeriodEnd(String boundary, LocalDate ceased, String location, long outside,
                                                   long lookedAfter) {
        assertRatio(outside, lookedAfter, indicator.compute(only(CHILDREN_IN_CARE,
                child("C1", ceased, location, "U4")), T));
    }

    @Test
    void breaksDownByPlacementGroupWithDrillDown() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE,
                child("C1", null, "Out", "K2"),
                child("C2", null, "In", "U4"),
                child("C3", null, "Out", "U6"),
                child("C4", null, "In", "U1")), T);

        assertRatio(2, 4, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("placement group", "children's homes", 1, 1),
                IndicatorValue.percent("placement group", "foster (including kinship)", 1, 3),
                IndicatorValue.percent("placement group", "placed with parents", 0, 0));
        assertThat(result.counted()).filteredOn(CountedRecord::inNumerator).extracting(CountedRecord::childId)
                .containsExactly("C1", "C3");
        assertThat(result.counted()).allSatisfy(c -> assertThat(c.inDenominator()).isTrue());
    }

    private static TableRecord child(String id, LocalDate ceased, String location, String placementType) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, id).set(CLA_START_DATE, LocalDate.of(2024, 1, 1))
                .set(CLA_CEASED_DATE, ceased).set(PLACEMENT_LOCATION, location).set(PLACEMENT_TYPE, placementType)
                .build();
    }
}
