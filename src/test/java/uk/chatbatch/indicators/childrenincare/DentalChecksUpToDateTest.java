package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_LAST_DENTAL_CHECK;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
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

class DentalChecksUpToDateTest {

    /** T = 31 Mar 2025: 12 months before is 31 Mar 2024. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final DentalChecksUpToDate indicator = new DentalChecksUpToDate();

    @ParameterizedTest(name = "{0}: up to date {5} of {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                              | started    | ceased     | T          | checked    | ok | cohort
            checked 12 months before T                          | 2020-01-01 |            | 2025-03-31 | 2024-03-31 | 1  | 1
            checked 12 months and a day before T                | 2020-01-01 |            | 2025-03-31 | 2024-03-30 | 0  | 1
            T 29 Feb 2028: 12 months before is 28 Feb 2027      | 2020-01-01 |            | 2028-02-29 | 2027-02-28 | 1  | 1
            T 29 Feb 2028, checked 27 Feb 2027                  | 2020-01-01 |            | 2028-02-29 | 2027-02-27 | 0  | 1
            never checked: stays in the denominator             | 2020-01-01 |            | 2025-03-31 |            | 0  | 1
            checked after T: data error, left out of both       | 2020-01-01 |            | 2025-03-31 | 2025-04-01 | 0  | 0
            looked after 12 months less a day: not in cohort    | 2024-04-01 |            | 2025-03-31 | 2024-05-01 | 0  | 0
            ceased on T                                         | 2020-01-01 | 2025-03-31 | 2025-03-31 | 2025-01-01 | 0  | 0
            """)
    void measuresChildrenLookedAfterTwelveMonths(String boundary, LocalDate started, LocalDate ceased,
                                                 LocalDate periodEnd, LocalDate checked, long upToDate, long cohort) {
        assertRatio(upToDate, cohort, indicator.compute(only(CHILDREN_IN_CARE,
                child(started, ceased, LocalDate.of(2015, 1, 1), checked)), periodEnding(periodEnd)));
    }

    @Test
    void breaksDownByAgeBandAtThePeriodEnd() {
        LocalDate started = LocalDate.of(2022, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE,
                child(started, null, LocalDate.of(2024, 6, 1), null),                        // baby, never checked
                child(started, null, LocalDate.of(2012, 1, 1), LocalDate.of(2024, 6, 1)),    // 13: up to date
                child(started, null, LocalDate.of(2012, 1, 1), LocalDate.of(2023, 6, 1))),   // 13: overdue
                T);

        assertRatio(1, 3, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("age band", "under 1", 0, 1),
                IndicatorValue.percent("age band", "10 to 15", 1, 2));
    }

    private static TableRecord child(LocalDate started, LocalDate ceased, LocalDate born, LocalDate checked) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased)
                .set(DATE_OF_BIRTH, born).set(CLA_LAST_DENTAL_CHECK, checked).build();
    }
}
