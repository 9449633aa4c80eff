package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.row;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.T;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.d;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdoptionOrdersTest {

    private final AdoptionOrders indicator = new AdoptionOrders();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | adoption order | counted
            first day of the window                  | 2024-04-01     | 1
            12 months before T: outside              | 2024-03-31     | 0
            on T                                     | 2025-03-31     | 1
            after T                                  | 2025-04-01     | 0
            not adopted                              |                | 0
            """)
    void countsAdoptionOrdersInTheTwelveMonths(String scenario, String order, long counted) {
        assertCount(counted, indicator.compute(only(ADOPTION,
                row(ADOPTION).set(CHILD_ID, "C1").set(ADOPTION_ORDER_DATE, d(order)).build()), T));
    }
}
