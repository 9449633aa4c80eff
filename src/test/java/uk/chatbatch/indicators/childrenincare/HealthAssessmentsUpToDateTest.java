package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_LAST_HEALTH_ASSESSMENT;
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

class HealthAssessmentsUpToDateTest {

    /** T = 31 Mar 2025: 12 months before is 31 Mar 2024; 6 months before is 30 Sep 2024 (clamped). */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final HealthAssessmentsUpToDate indicator = new HealthAssessmentsUpToDate();

    @ParameterizedTest(name = "{0}: up to date {5} of {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                              | started    | ceased     | born       | assessed   | ok | cohort
            aged 10, assessed 12 months before T                | 2020-01-01 |            | 2015-01-01 | 2024-03-31 | 1  | 1
            aged 10, assessed 12 months and a day before T      | 2020-01-01 |            | 2015-01-01 | 2024-03-30 | 0  | 1
            aged 3, assessed 6 months before T                  | 2023-01-01 |            | 2022-01-01 | 2024-09-30 | 1  | 1
            aged 3, assessed 6 months and a day before T        | 2023-01-01 |            | 2022-01-01 | 2024-09-29 | 0  | 1
            5 on T: the 12-month rule                           | 2023-01-01 |            | 2020-03-31 | 2024-06-01 | 1  | 1
            age unknown: the 12-month rule                      | 2023-01-01 |            |            | 2024-06-01 | 1  | 1
            never assessed: stays in the denominator            | 2023-01-01 |            | 2015-01-01 |            | 0  | 1
            assessed after T: data error, left out of both      | 2023-01-01 |            | 2015-01-01 | 2025-04-01 | 0  | 0
            looked after exactly 12 months                      | 2024-03-31 |            | 2015-01-01 | 2024-04-10 | 1  | 1
            looked after 12 months less a day: not in cohort    | 2024-04-01 |            | 2015-01-01 | 2024-04-10 | 0  | 0
            ceased on T                                         | 2020-01-01 | 2025-03-31 | 2015-01-01 | 2025-01-01 | 0  | 0
            """)
    void measuresChildrenLookedAfterTwelveMonths(String boundary, LocalDate started, LocalDate ceased,
                                                 LocalDate born, LocalDate assessed, long upToDate, long cohort) {
        assertRatio(upToDate, cohort, indicator.compute(only(CHILDREN_IN_CARE,
                child(started, ceased, born, assessed)), T));
    }

    @Test
    void breaksDownByAgeBandAtThePeriodEnd() {
        LocalDate started = LocalDate.of(2022, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE,
                child(started, null, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1)),    // 2: up to date
                child(started, null, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 1)),    // 2: overdue at 6 months
                child(started, null, LocalDate.of(2012, 1, 1), LocalDate.of(2024, 6, 1))),   // 13: up to date
                T);

        assertRatio(2, 3, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("age band", "1 to 4", 1, 2),
                IndicatorValue.percent("age band", "10 to 15", 1, 1),
                IndicatorValue.percent("age band", "5 to 9", 0, 0));
    }

    @Test
    void theSameInstanceServesDifferentPeriodEnds() {
        TableRecord turnsFive = child(LocalDate.of(2022, 1, 1), null, LocalDate.of(2020, 6, 1),
                LocalDate.of(2025, 1, 1));

        assertThat(indicator.compute(only(CHILDREN_IN_CARE, turnsFive), T).values())
                .contains(IndicatorValue.percent("age band", "1 to 4", 1, 1));
        assertThat(indicator.compute(only(CHILDREN_IN_CARE, turnsFive), periodEnding(LocalDate.of(2025, 6, 30)))
                .values()).contains(IndicatorValue.percent("age band", "5 to 9", 1, 1));
    }

    private static TableRecord child(LocalDate started, LocalDate ceased, LocalDate born, LocalDate assessed) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased)
                .set(DATE_OF_BIRTH, born).set(CLA_LAST_HEALTH_ASSESSMENT, assessed).build();
    }
}
