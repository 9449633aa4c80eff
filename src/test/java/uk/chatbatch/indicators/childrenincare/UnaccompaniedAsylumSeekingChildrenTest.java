package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.CLA_UASC;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.model.table.TableRecord;

class UnaccompaniedAsylumSeekingChildrenTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final UnaccompaniedAsylumSeekingChildren indicator = new UnaccompaniedAsylumSeekingChildren();

    @ParameterizedTest(name = "{0}: UASC {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | started    | ceased     | UASC | counted | looked after
            UASC                                    | 2024-06-01 |            | Yes  | 1       | 1
            not UASC                                | 2024-06-01 |            | No   | 0       | 1
            blank stays in the denominator          | 2024-06-01 |            |      | 0       | 1
            UASC who ceased on T                    | 2024-06-01 | 2025-03-31 | Yes  | 0       | 0
            UASC who ceases the day after T         | 2024-06-01 | 2025-04-01 | Yes  | 1       | 1
            """)
    void measuresChildrenLookedAfterAtThePeriodEnd(String boundary, LocalDate started, LocalDate ceased, String uasc,
                                                   long counted, long lookedAfter) {
        assertRatio(counted, lookedAfter, indicator.compute(only(CHILDREN_IN_CARE, child(started, ceased, uasc)), T));
    }

    @Test
    void percentageOfChildrenLookedAfter() {
        LocalDate started = LocalDate.of(2024, 6, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE, child(started, null, "Yes"),
                child(started, null, "No"), child(started, null, "No"), child(started, null, "No")), T);

        assertRatio(1, 4, result);
        assertThat(headline(result).value()).isEqualTo(25.0);
    }

    private static TableRecord child(LocalDate started, LocalDate ceased, String uasc) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased)
                .set(CLA_UASC, uasc).build();
    }
}
