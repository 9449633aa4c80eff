package uk.chatbatch.indicators.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.PLACEMENT_ORDER_DATE;
import static uk.chatbatch.annexa.Field.SHOULD_BE_PLACED_DECISION_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.row;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.T;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.d;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class AdoptionDecisionsAndPlacementOrdersTest {

    private final AdoptionDecisionsAndPlacementOrders indicator = new AdoptionDecisionsAndPlacementOrders();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | decision   | counted
            first day of the window                 | 2024-04-01 | 1
            12 months before T: outside             | 2024-03-31 | 0
            on T                                    | 2025-03-31 | 1
            after T                                 | 2025-04-01 | 0
            """)
    void countsDecisionsInTheTwelveMonths(String scenario, String decision, long counted) {
        assertCount(counted, indicator.compute(only(ADOPTION, child("C1", decision, null)), T));
    }

    @Test
    void decisionsAndPlacementOrdersByMonth() {
        IndicatorResult result = indicator.compute(only(ADOPTION,
                child("C1", "2024-04-01", "2024-09-10"),
                child("C2", "2024-04-30", null),
                child("C3", "2023-12-01", "2024-04-15"),     // decision before the window; order in it
                child("C4", "2025-03-31", null)), T);

        assertCount(3, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("month", "2024-04", 2),
                IndicatorValue.count("month", "2024-05", 0),
                IndicatorValue.count("month", "2025-03", 1),
                IndicatorValue.count("month", "outside window", 0),
                IndicatorValue.count("placement orders by month", "2024-04", 1),
                IndicatorValue.count("placement orders by month", "2024-09", 1),
                IndicatorValue.count("placement orders by month", "2025-03", 0));
        assertThat(result.values()).filteredOn(v -> v.breakdown().equals("month")).hasSize(13);
        assertThat(result.values().stream().filter(v -> v.breakdown().equals("placement orders by month"))
                .mapToLong(IndicatorValue::numerator).sum()).isEqualTo(2);
    }

    private static TableRecord child(String id, String decision, String placementOrder) {
        return row(ADOPTION).set(CHILD_ID, id).set(SHOULD_BE_PLACED_DECISION_DATE, d(decision))
                .set(PLACEMENT_ORDER_DATE, d(placementOrder)).build();
    }
}
