package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.ENTERED_CARE_DATE;
import static uk.chatbatch.annexa.Field.PLACED_FOR_ADOPTION_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.row;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.T;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.d;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.model.table.TableRecord;

class AdoptedWithin14MonthsOfEnteringCareTest {

    private final AdoptedWithin14MonthsOfEnteringCare indicator = new AdoptedWithin14MonthsOfEnteringCare();

    @ParameterizedTest(name = "{0}: in time {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | entered    | placed     | adopted    | in time | adopted in window
            placed after 425 days                           | 2023-01-01 | 2024-03-01 | 2024-11-15 | 1       | 1
            placed after exactly 426 days: in time          | 2023-01-01 | 2024-03-02 | 2024-11-15 | 1       | 1
            placed after 427 days: late                     | 2023-01-01 | 2024-03-03 | 2024-11-15 | 0       | 1
            placement date blank: stays in the denominator  | 2023-01-01 |            | 2024-11-15 | 0       | 1
            placed before entering care: left out           | 2023-01-01 | 2022-12-01 | 2024-11-15 | 0       | 0
            adopted before the window                       | 2023-01-01 | 2023-03-01 | 2024-03-31 | 0       | 0
            """)
    void countsChildrenPlacedWithin426DaysOfEnteringCare(String scenario, String entered, String placed,
                                                         String adopted, long inTime, long adoptedInWindow) {
        assertRatio(inTime, adoptedInWindow, indicator.compute(only(ADOPTION, child("C1", entered, placed, adopted)), T));
    }

    @Test
    void percentageOfChildrenAdopted() {
        assertRatio(1, 2, indicator.compute(only(ADOPTION,
                child("C1", "2023-01-01", "2023-06-01", "2024-11-15"),     // in time
                child("C2", "2022-01-01", "2024-01-01", "2024-11-15"),     // late
                child("C3", "2024-01-01", null, null)),                    // not adopted
                T));
    }

    private static TableRecord child(String id, String entered, String placed, String adopted) {
        return row(ADOPTION).set(CHILD_ID, id).set(ENTERED_CARE_DATE, d(entered))
                .set(PLACED_FOR_ADOPTION_DATE, d(placed)).set(ADOPTION_ORDER_DATE, d(adopted)).build();
    }
}
