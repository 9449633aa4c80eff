package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CATEGORY_OF_NEED;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.CLA_SUBSEQUENT_PERIOD;
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

class ChildrenStartingToBeLookedAfterTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenStartingToBeLookedAfter indicator = new ChildrenStartingToBeLookedAfter();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | started    | ceased     | counted
            starts on the first day of the window          | 2024-10-01 |            | 1
            starts on T minus 6 months                     | 2024-09-30 |            | 0
            starts on T                                    | 2025-03-31 |            | 1
            starts the day after T                         | 2025-04-01 |            | 0
            started and ceased within the window           | 2024-11-01 | 2025-01-10 | 1
            """)
    void countsPeriodsOfCareStartingInTheWindow(String boundary, LocalDate started, LocalDate ceased, long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_CARE,
                child(started, ceased, "N1", "C2", "No")), T));
    }

    @Test
    void breaksStartsDownByMonthNeedLegalStatusAndSecondPeriod() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE,
                child(LocalDate.of(2024, 10, 1), null, "N1", "C1", "No"),
                child(LocalDate.of(2024, 10, 20), null, "N1", "V2", "Yes"),    // second period within 12 months
                child(LocalDate.of(2025, 3, 31), null, "N4", "V2", null),       // blank flag: unknown
                child(LocalDate.of(2023, 1, 1), null, "N1", "C2", "No")),       // started before the window
                T);

        assertCount(3, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("month", "2024-10", 2),
                IndicatorValue.count("month", "2024-11", 0),
                IndicatorValue.count("month", "2025-03", 1),
                IndicatorValue.count("category of need", "N1", 2),
                IndicatorValue.count("category of need", "N4", 1),
                IndicatorValue.count("category of need", "N8", 0),
                IndicatorValue.count("legal status", "C1", 1),
                IndicatorValue.count("legal status", "C2", 0),
                IndicatorValue.count("legal status", "V2", 2),
                IndicatorValue.count("second or subsequent period", "Yes", 1),
                IndicatorValue.count("second or subsequent period", "No", 1),
                IndicatorValue.count("second or subsequent period", "unknown", 1));
    }

    private static TableRecord child(LocalDate started, LocalDate ceased, String need, String legalStatus,
                                      String secondPeriod) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased)
                .set(CLA_CATEGORY_OF_NEED, need).set(LEGAL_STATUS, legalStatus)
                .set(CLA_SUBSEQUENT_PERIOD, secondPeriod).build();
    }
}
