package uk.chatbatch.indicators.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.ENTERED_CARE_DATE;
import static uk.chatbatch.annexa.Field.FFA_PLACEMENT_DATE;
import static uk.chatbatch.annexa.Field.PLACED_FOR_ADOPTION_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.row;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.T;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.d;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorResult;

class DaysFromEnteringCareToPlacementAdjustedForFosteringForAdoptionTest {

    private final DaysFromEnteringCareToPlacementAdjustedForFosteringForAdoption indicator =
            new DaysFromEnteringCareToPlacementAdjustedForFosteringForAdoption();

    @ParameterizedTest(name = "{0}: measured {5}, {6} days")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | entered    | FFA        | placed     | adopted    | measured | days
            no FFA placement: to the adoptive placement    | 2023-01-01 |            | 2023-11-01 | 2024-11-15 | 1        | 304
            FFA placement: to the FFA date                 | 2023-01-01 | 2023-01-31 | 2023-11-01 | 2024-11-15 | 1        | 30
            FFA the day it entered care: 0 days            | 2023-01-01 | 2023-01-01 | 2023-11-01 | 2024-11-15 | 1        | 0
            FFA date but no placement date: FFA used       | 2023-01-01 | 2023-02-01 |            | 2024-11-15 | 1        | 31
            FFA before entering care: not measured         | 2023-01-01 | 2022-12-01 | 2023-11-01 | 2024-11-15 | 0        |
            neither date: not measured                     | 2023-01-01 |            |            | 2024-11-15 | 0        |
            adopted after T: not measured                  | 2023-01-01 | 2023-01-31 | 2023-11-01 | 2025-04-01 | 0        |
            """)
    void usesTheFosteringForAdoptionDateWhereRecorded(String scenario, String entered, String ffa, String placed,
                                                      String adopted, long measured, Double days) {
        IndicatorResult result = indicator.compute(only(ADOPTION, row(ADOPTION).set(CHILD_ID, "C1")
                .set(ENTERED_CARE_DATE, d(entered)).set(FFA_PLACEMENT_DATE, d(ffa))
                .set(PLACED_FOR_ADOPTION_DATE, d(placed)).set(ADOPTION_ORDER_DATE, d(adopted)).build()), T);

        assertThat(headline(result).numerator()).isEqualTo(measured);
        assertThat(headline(result).value()).isEqualTo(days);
    }
}
