package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.LEGAL_STATUS;
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

class ChildrenLookedAfterByLegalStatusTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenLookedAfterByLegalStatus indicator = new ChildrenLookedAfterByLegalStatus();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                               | started    | ceased     | counted
            looked after                         | 2024-01-01 |            | 1
            ceased on T                          | 2024-01-01 | 2025-03-31 | 0
            ceases the day after T               | 2024-01-01 | 2025-04-01 | 1
            starts the day after T               | 2025-04-01 |            | 0
            """)
    void countsChildrenLookedAfterAtThePeriodEnd(String boundary, LocalDate started, LocalDate ceased, long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_CARE, child(started, ceased, "C2")), T));
    }

    @Test
    void countsEachLegalStatus() {
        LocalDate started = LocalDate.of(2024, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE, child(started, null, "C2"),
                child(started, null, "C2"), child(started, null, "V2"), child(started, null, "E1"),
                child(started, null, null)), T);

        assertThat(result.values()).contains(
                IndicatorValue.count("all", "all", 5),
                IndicatorValue.count("legal status", "C1", 0),
                IndicatorValue.count("legal status", "C2", 2),
                IndicatorValue.count("legal status", "E1", 1),
                IndicatorValue.count("legal status", "V2", 1),
                IndicatorValue.count("legal status", "unknown", 1));
    }

    private static TableRecord child(LocalDate started, LocalDate ceased, String legalStatus) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased)
                .set(LEGAL_STATUS, legalStatus).build();
    }
}
