package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.oc2;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;
import static uk.chatbatch.ssda903.Ssda903Field.IMMUNISATIONS;
import static uk.chatbatch.ssda903.Ssda903Field.TEETH_CHECK;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

/** The shape on its own, over a flag no indicator of this shape reads (IMMUNISATIONS). */
class PercentOfOc2CohortWithFlagTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));
    private static final LocalDate BORN = LocalDate.of(2012, 1, 1);

    private final PercentOfOc2CohortWithFlag indicator = withFlag();

    @ParameterizedTest(name = "{0}: {3} of 1")
    @CsvSource(delimiter = '|', textBlock = """
            # case                               | flag | other flag | counted
            the flag is 1                        | 1    | 0          | 1
            the flag is 0                        | 0    | 1          | 0
            the flag is blank                    |      | 1          | 0
            """)
    void readsOnlyItsOwnFlag(String boundary, String flag, String other, long counted) {
        assertRatio(counted, 1, indicator.compute(returnHolding(List.of(
                oc2("C1", 2024, BORN, IMMUNISATIONS, flag, TEETH_CHECK, other))), T));
    }

    @Test
    void aChildOfTheCohortWithoutAnOc2RowIsNotDoneAndOneOutsideItIsLeftOut() {
        assertRatio(1, 2, indicator.compute(returnHolding(List.of(
                oc2("C1", 2024, BORN, IMMUNISATIONS, "1"),       // looked after since 2023: counted
                oc2("C2", 2024, BORN, IMMUNISATIONS, "1")),      // looked after only since 2 April 2024: left out
                episodes("""
                C1 | 2023-06-01 | S | C2 | U4 |  |
                C2 | 2024-04-02 | S | C2 | U4 |  |
                C3 | 2023-06-01 | S | C2 | U4 |  |
                """)), T));                                        // C3: in the cohort, no OC2 row: not done
    }

    private static PercentOfOc2CohortWithFlag withFlag() {
        IndicatorMetadata metadata = new IndicatorMetadata("CLA-98-903", "Flag", "Test.", "flagged", "cohort",
                "year", null, List.of(), List.of(), Unit.PERCENT, Polarity.HIGHER_IS_BETTER, ChartType.KPI, List.of(),
                List.of());
        return new PercentOfOc2CohortWithFlag(IMMUNISATIONS) {
            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        };
    }
}
