package uk.chatbatch.indicators.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.ENTERED_CARE_DATE;
import static uk.chatbatch.annexa.Field.MATCHING_DATE;
import static uk.chatbatch.annexa.Field.NO_LONGER_PLACED_DECISION_DATE;
import static uk.chatbatch.annexa.Field.PLACED_FOR_ADOPTION_DATE;
import static uk.chatbatch.annexa.Field.PLACEMENT_ORDER_DATE;
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

class ChildrenWaitingForAdoptionTest {

    private final ChildrenWaitingForAdoption indicator = new ChildrenWaitingForAdoption();

    /** T = 31 Mar 2025. */
    @ParameterizedTest(name = "{0}: waiting {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | placement order | matched    | placed     | adopted    | no longer  | waiting
            order, nothing since                          | 2024-06-01      |            |            |            |            | 1
            order on T                                    | 2025-03-31      |            |            |            |            | 1
            order after T                                 | 2025-04-01      |            |            |            |            | 0
            no placement order                            |                 |            |            |            |            | 0
            matched, not yet placed: still waiting        | 2024-06-01      | 2025-01-10 |            |            |            | 1
            placed on T                                   | 2024-06-01      | 2025-01-10 | 2025-03-31 |            |            | 0
            placed after T: waiting at T                  | 2024-06-01      | 2025-01-10 | 2025-04-01 |            |            | 1
            adopted                                       | 2023-06-01      |            |            | 2024-10-01 |            | 0
            decision no longer to place                   | 2024-06-01      |            |            |            | 2025-02-01 | 0
            """)
    void countsChildrenWithAPlacementOrderNotYetPlaced(String scenario, String order, String matched, String placed,
                                                       String adopted, String noLonger, long waiting) {
        TableRecord child = row(ADOPTION).set(CHILD_ID, "C1").set(PLACEMENT_ORDER_DATE, d(order))
                .set(MATCHING_DATE, d(matched)).set(PLACED_FOR_ADOPTION_DATE, d(placed))
                .set(ADOPTION_ORDER_DATE, d(adopted)).set(NO_LONGER_PLACED_DECISION_DATE, d(noLonger)).build();

        assertCount(waiting, indicator.compute(only(ADOPTION, child), T));
    }

    @Test
    void breaksDownHowLongTheyHaveWaited() {
        IndicatorResult result = indicator.compute(only(ADOPTION,
                waiting("C1", "2023-09-30", "2024-03-31", "2022-01-01"),   // 18 months in care exactly; order 12 months
                waiting("C2", "2023-10-01", "2024-04-01", null),           // a day short of both
                waiting("C3", null, "2024-06-01", "2024-09-01")),          // entered care unknown
                T);

        assertCount(3, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("since entering care", "under 18 months", 1),
                IndicatorValue.count("since entering care", "18 months or more", 1),
                IndicatorValue.count("since entering care", "unknown", 1),
                IndicatorValue.count("since placement order", "under 12 months", 2),
                IndicatorValue.count("since placement order", "12 months or more", 1),
                IndicatorValue.count("age band", "1 to 4", 1),
                IndicatorValue.count("age band", "under 1", 1),
                IndicatorValue.count("age band", "unknown", 1));
    }

    private static TableRecord waiting(String id, String entered, String order, String dob) {
        return row(ADOPTION).set(CHILD_ID, id).set(ENTERED_CARE_DATE, d(entered)).set(PLACEMENT_ORDER_DATE, d(order))
                .set(DATE_OF_BIRTH, d(dob)).build();
    }
}
