package uk.chatbatch.indicators.careleavers;

import uk.chatbatch.indicators.Ssda903Testing;

import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.oc3;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class CareLeaversInSuitableAccommodation903Test {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));
    private static final LocalDate AGED_20 = LocalDate.of(2004, 6, 1);

    private final CareLeaversInSuitableAccommodation903 indicator = new CareLeaversInSuitableAccommodation903();

    @ParameterizedTest(name = "{0}: {2} of 1")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                      | ACCOM | suitable
            independent living, suitable                | U1    | 1
            with former foster carers, suitable         | Z1    | 1
            bed and breakfast, unsuitable               | W2    | 0
            homeless, never suitable                    | S2    | 0
            not known                                   | 0     | 0
            blank                                       |       | 0
            """)
    void suitableAccommodationAmong19To21YearOlds(String scenario, String accommodation, long suitable) {
        assertRatio(suitable, 1, indicator.compute(returnHolding(List.of(
                oc3("C1", 2024, AGED_20, "YES", "F1", accommodation))), T));
    }
}
