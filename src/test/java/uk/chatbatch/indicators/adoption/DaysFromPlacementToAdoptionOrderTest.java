package uk.chatbatch.indicators.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.PLACED_FOR_ADOPTION_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.row;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.T;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.d;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.model.table.TableRecord;

class DaysFromPlacementToAdoptionOrderTest {

    private final DaysFromPlacementToAdoptionOrder indicator = new DaysFromPlacementToAdoptionOrder();

    @ParameterizedTest(name = "{0}: measured {3}, {4} days")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | placed     | adopted    | measured | days
            placed then adopted in the window        | 2024-05-01 | 2024-11-15 | 1        | 198
            adopted on T                             | 2024-12-31 | 2025-03-31 | 1        | 90
            adopted after T: outside                 | 2024-12-31 | 2025-04-01 | 0        |
            order before the placement: not measured | 2024-12-01 | 2024-11-15 | 0        |
            no placement date: not measured          |            | 2024-11-15 | 0        |
            """)
    void measuresPlacementToOrder(String scenario, String placed, String adopted, long measured, Double days) {
        IndicatorResult result = indicator.compute(only(ADOPTION, child("C1", placed, adopted)), T);

        assertThat(headline(result).numerator()).isEqualTo(measured);
        assertThat(headline(result).value()).isEqualTo(days);
    }

    @Test
    void noChildMeasuredIsNoCasesNamingWhatWasMissing() {
        IndicatorResult result = indicator.compute(only(ADOPTION, child("C1", null, "2024-11-15")), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(result.message()).isEqualTo("no children adopted in the window with a placement date on or before"
                + " the order");
        assertThat(headline(result).value()).isNull();
    }

    private static TableRecord child(String id, String placed, String adopted) {
        return row(ADOPTION).set(CHILD_ID, id).set(PLACED_FOR_ADOPTION_DATE, d(placed))
                .set(ADOPTION_ORDER_DATE, d(adopted)).build();
    }
}
