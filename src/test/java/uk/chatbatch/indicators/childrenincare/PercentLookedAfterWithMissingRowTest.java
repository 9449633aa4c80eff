package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.missing;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

/** The missing shape on its own: the type it is given, in the 12 months ending on T, of children looked after then. */
class PercentLookedAfterWithMissingRowTest {

    /** T = 31 Mar 2025: the 12 months are 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    @ParameterizedTest(name = "{0}: {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                           | type | episode    | MISSING | MIS_START  | with | children
            its type on the window's first day               | M    | 2023-01-01 | M       | 2024-04-01 | 1    | 1
            its type on T                                    | A    | 2023-01-01 | A       | 2025-03-31 | 1    | 1
            its type 12 months before T: outside             | M    | 2023-01-01 | M       | 2024-03-31 | 0    | 1
            the other type                                   | A    | 2023-01-01 | M       | 2024-11-01 | 0    | 1
            looked after only after T: not in either         | M    | 2025-04-01 | M       | 2025-03-31 | 0    | 0
            """)
    void countsChildrenWithARowOfItsTypeInTheYear(String boundary, String type, LocalDate episodeStart,
                                                  String rowType, LocalDate start, long with, long children) {
        assertRatio(with, children, ofType(type).compute(returnHolding(
                episodes("C1 | " + episodeStart + " | S | C2 | U4 |  |"),
                missing("C1 | " + rowType + " | " + start + " |")), T));
    }

    private static PercentLookedAfterWithMissingRow ofType(String type) {
        IndicatorMetadata metadata = new IndicatorMetadata("CLA-98-903", "Missing", "Test.", "with a row", "children",
                "12 months", null, List.of(), List.of(), Unit.PERCENT, Polarity.LOWER_IS_BETTER, ChartType.KPI,
                List.of(), List.of());
        return new PercentLookedAfterWithMissingRow(type) {
            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        };
    }
}
