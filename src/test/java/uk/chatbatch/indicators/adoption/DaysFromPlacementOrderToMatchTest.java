package uk.chatbatch.indicators.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.MATCHING_DATE;
import static uk.chatbatch.annexa.Field.PLACEMENT_ORDER_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.row;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.T;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.d;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.model.table.TableRecord;

class DaysFromPlacementOrderToMatchTest {

    private final DaysFromPlacementOrderToMatch indicator = new DaysFromPlacementOrderToMatch();

    @ParameterizedTest(name = "{0}: measured {4}, {5} days")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | placement order | matched    | adoption order | measured | days
            matched 121 days after the order                | 2024-01-01      | 2024-05-01 | 2024-11-15     | 1        | 121
            matched the day of the order                    | 2024-01-01      | 2024-01-01 | 2024-11-15     | 1        | 0
            matched before the order: 0 days                | 2024-01-01      | 2023-12-01 | 2024-11-15     | 1        | 0
            no placement order (consent): not measured      |                 | 2024-05-01 | 2024-11-15     | 0        |
            no match date: not measured                     | 2024-01-01      |            | 2024-11-15     | 0        |
            adopted before the window: not measured         | 2023-01-01      | 2023-03-01 | 2024-03-31     | 0        |
            """)
    void measuresOrderToMatchForChildrenAdoptedInTheWindow(String scenario, String order, String matched,
                                                           String adopted, long measured, Double days) {
        IndicatorResult result = indicator.compute(only(ADOPTION, child("C1", order, matched, adopted)), T);

        assertThat(headline(result).numerator()).isEqualTo(measured);
        assertThat(headline(result).value()).isEqualTo(days);
    }

    @Test
    void theValueIsTheMeanOfTheChildrenMeasured() {
        IndicatorResult result = indicator.compute(only(ADOPTION,
                child("C1", "2024-01-01", "2024-05-01", "2024-11-15"),    // 121
                child("C2", "2024-01-01", "2023-12-01", "2024-11-15"),    // 0
                child("C3", "2024-02-01", "2024-04-01", "2025-01-10")),   // 60
                T);

        assertThat(headline(result).value()).isEqualTo((121 + 0 + 60) / 3.0);
    }

    private static TableRecord child(String id, String order, String matched, String adopted) {
        return row(ADOPTION).set(CHILD_ID, id).set(PLACEMENT_ORDER_DATE, d(order)).set(MATCHING_DATE, d(matched))
                .set(ADOPTION_ORDER_DATE, d(adopted)).build();
    }
}
