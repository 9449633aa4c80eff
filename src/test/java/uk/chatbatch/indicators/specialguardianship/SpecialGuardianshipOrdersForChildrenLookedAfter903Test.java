package uk.chatbatch.indicators.specialguardianship;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Ssda903Testing;

class SpecialGuardianshipOrdersForChildrenLookedAfter903Test {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final SpecialGuardianshipOrdersForChildrenLookedAfter903 indicator =
            new SpecialGuardianshipOrdersForChildrenLookedAfter903();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | DEC        | REC | counted
            SGO to former foster carer, relative          | 2024-12-01 | E45 | 1
            SGO to former foster carer, other             | 2024-12-01 | E46 | 1
            SGO to relative or friend                     | 2024-12-01 | E47 | 1
            SGO to other carer                            | 2024-12-01 | E48 | 1
            code before 2017-18, former carer             | 2024-12-01 | E43 | 1
            code before 2017-18, other                    | 2024-12-01 | E44 | 1
            child arrangements order: alongside, not in   | 2024-12-01 | E41 | 0
            adopted                                       | 2024-12-01 | E11 | 0
            ceased on the window's first day              | 2024-10-01 | E45 | 1
            ceased six months before T: outside           | 2024-09-30 | E45 | 0
            """)
    void countsChildrenCeasingCareOnASpecialGuardianshipOrder(String scenario, LocalDate dec, String rec,
                                                             long counted) {
        assertCount(counted, indicator.compute(returnHolding(episodes(
                "C1 | 2022-01-01 | S | C2 | U1 | " + dec + " | " + rec)), T));
    }

    @Test
    void showsCarersAndChildArrangementsOrdersAlongside() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2022-01-01 | S | C2 | U1 | 2025-01-10 | E45
                C2 | 2022-01-01 | S | C2 | U4 | 2025-01-10 | E48
                C3 | 2022-01-01 | S | C2 | U1 | 2025-01-10 | E43
                C4 | 2022-01-01 | S | C2 | U1 | 2025-01-10 | E41
                C5 | 2022-01-01 | S | C2 | U1 | 2025-01-10 | E41
                """)), T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 3),
                IndicatorValue.count("reason ceased", "E45", 1),
                IndicatorValue.count("reason ceased", "E46", 0),
                IndicatorValue.count("reason ceased", "E47", 0),
                IndicatorValue.count("reason ceased", "E48", 1),
                IndicatorValue.count("reason ceased", "E43", 1),
                IndicatorValue.count("reason ceased", "E44", 0),
                IndicatorValue.count("carer", "former foster carers", 2),
                IndicatorValue.count("carer", "other carers", 1),
                IndicatorValue.count("child arrangements orders", "E41", 2));
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C1", "C2", "C3");
    }
}
