package uk.chatbatch.indicators.childrenincare;

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
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

/** The shape on its own, with timescales no indicator uses (3 months under 5, 9 months otherwise). */
class PercentOfYearInCareUpToDateTest {

    /** T = 31 Mar 2025: 9 months before is 30 Jun 2024; 3 months before is 31 Dec 2024. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final PercentOfYearInCareUpToDate indicator = checkedWithin(3, 9);

    @ParameterizedTest(name = "{0}: up to date {5} of {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                            | started    | ceased     | born       | checked    | ok | cohort
            aged 10, checked 9 months before T                | 2020-01-01 |            | 2015-01-01 | 2024-06-30 | 1  | 1
            aged 10, checked 9 months and a day before T      | 2020-01-01 |            | 2015-01-01 | 2024-06-29 | 0  | 1
            aged 3, checked 3 months before T                 | 2023-01-01 |            | 2022-01-01 | 2024-12-31 | 1  | 1
            aged 3, checked 3 months and a day before T       | 2023-01-01 |            | 2022-01-01 | 2024-12-30 | 0  | 1
            age unknown: the older timescale                  | 2023-01-01 |            |            | 2024-07-01 | 1  | 1
            never checked: stays in the denominator           | 2023-01-01 |            | 2015-01-01 |            | 0  | 1
            checked after T: left out of both                 | 2023-01-01 |            | 2015-01-01 | 2025-04-01 | 0  | 0
            looked after exactly 12 months                    | 2024-03-31 |            | 2015-01-01 | 2024-07-01 | 1  | 1
            looked after 12 months less a day: not in cohort  | 2024-04-01 |            | 2015-01-01 | 2024-07-01 | 0  | 0
            ceased on T: not looked after at T                | 2020-01-01 | 2025-03-31 | 2015-01-01 | 2025-01-01 | 0  | 0
            """)
    void measuresChildrenLookedAfterAYearByTheirLastCheck(String boundary, LocalDate started, LocalDate ceased,
                                                          LocalDate born, LocalDate checked, long ok, long cohort) {
        TableRecord child = row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, started)
                .set(CLA_CEASED_DATE, ceased).set(DATE_OF_BIRTH, born).set(CLA_LAST_DENTAL_CHECK, checked).build();

        assertRatio(ok, cohort, indicator.compute(only(CHILDREN_IN_CARE, child), T));
    }

    private static PercentOfYearInCareUpToDate checkedWithin(int underFiveMonths, int fiveAndOverMonths) {
        IndicatorMetadata metadata = new IndicatorMetadata("CLA-98", "Checks", "Test.", "checked", "cohort", "at T",
                CHILDREN_IN_CARE, List.of(), List.of(CLA_START_DATE), Unit.PERCENT, Polarity.HIGHER_IS_BETTER,
                ChartType.KPI, List.of("age band"), List.of());
        return new PercentOfYearInCareUpToDate(CLA_LAST_DENTAL_CHECK, underFiveMonths, fiveAndOverMonths) {
            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        };
    }
}
