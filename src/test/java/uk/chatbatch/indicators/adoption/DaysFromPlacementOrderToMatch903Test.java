package uk.chatbatch.indicators.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;
import static uk.chatbatch.indicators.Ssda903Testing.row;
import static uk.chatbatch.ssda903.Ssda903Field.CHILD;
import static uk.chatbatch.ssda903.Ssda903Field.DATE_MATCH;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Ssda903Testing;
import uk.chatbatch.indicators.childrenincare.Placement;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

class DaysFromPlacementOrderToMatch903Test {

    /** T = 31 Mar 2025: the 12 months are 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final DaysFromPlacementOrderToMatch903 indicator = new DaysFromPlacementOrderToMatch903();

    /** Placement order granted 1 Jan 2024; adopted 1 Oct 2024. */
    private static final String ADOPTED_UNDER_AN_ORDER = """
            C1 | 2023-01-01 | S | C2 | U4 | 2024-01-01 | X1
            C1 | 2024-01-01 | L | E1 | U4 | 2024-05-01 | X1
            C1 | 2024-05-01 | P | E1 | A6 | 2024-10-01 | E11
            """;

    @ParameterizedTest(name = "{0}: {2} days")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                    | matched    | days
            matched 121 days after the order          | 2024-05-01 | 121
            matched on the day of the order           | 2024-01-01 | 0
            matched before the order counts as 0      | 2023-12-01 | 0
            """)
    void daysFromPlacementOrderToMatch(String scenario, LocalDate matched, double days) {
        IndicatorResult result = indicator.compute(returnHolding(episodes(ADOPTED_UNDER_AN_ORDER),
                ad1("C1", matched)), T);

        assertThat(headline(result).value()).isEqualTo(days);
    }

    @Test
    void notMeasuredWithoutAnOrderOrAMatchDate() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2023-01-01 | S | V2 | U4 | 2024-05-01 | X1
                C1 | 2024-05-01 | P | V2 | A4 | 2024-10-01 | E11   # placed with consent: no order
                C2 | 2023-01-01 | S | E1 | U4 | 2024-05-01 | X1
                C2 | 2024-05-01 | P | E1 | A6 | 2024-10-01 | E11   # no AD1 row
                """), ad1("C1", LocalDate.of(2024, 4, 1))), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(result).numerator()).isZero();
    }

    private static List<TableRecord> ad1(String child, LocalDate matched) {
        return List.of(row(Ssda903Table.AD1).set(CHILD, child).set(DATE_MATCH, matched).build());
    }
}
