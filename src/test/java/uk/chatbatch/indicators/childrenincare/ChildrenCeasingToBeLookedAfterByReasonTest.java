package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_REASON_CEASED;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ChildrenCeasingToBeLookedAfterByReasonTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenCeasingToBeLookedAfterByReason indicator = new ChildrenCeasingToBeLookedAfterByReason();

    @ParameterizedTest(name = "{0}: counted {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                    | ceased     | counted
            ceased on the first day of the window     | 2024-10-01 | 1
            ceased on T minus 6 months                | 2024-09-30 | 0
            ceased on T                               | 2025-03-31 | 1
            ceases the day after T                    | 2025-04-01 | 0
            still looked after                        |            | 0
            """)
    void countsPeriodsOfCareEndingInTheWindow(String boundary, LocalDate ceased, long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_CARE, child(ceased, "E4A")), T));
    }

    @Test
    void countsEachReasonCode() {
        LocalDate ceased = LocalDate.of(2025, 2, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE, child(ceased, "E4A"), child(ceased, "E4A"),
                child(ceased, "E11"), child(ceased, "E45"), child(ceased, null)), T);

        assertCount(5, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("reason ceased", "E4A", 2),
                IndicatorValue.count("reason ceased", "E11", 1),
                IndicatorValue.count("reason ceased", "E12", 0),
                IndicatorValue.count("reason ceased", "E45", 1),
                IndicatorValue.count("reason ceased", "unknown", 1));
    }

    private static TableRecord child(LocalDate ceased, String reason) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, LocalDate.of(2022, 1, 1))
                .set(CLA_CEASED_DATE, ceased).set(CLA_REASON_CEASED, reason).build();
    }
}
