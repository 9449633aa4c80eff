package uk.chatbatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_LAST_STATUTORY_VISIT;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.calendar.Recency;
import uk.chatbatch.model.table.TableRecord;

/** The shape on its own: open records, a last date, a timescale in one of three units, breakdowns as declared. */
class PercentLastDatedWithinTest {

    /** T = Tue 30 Sep 2025. */
    private static final LocalDate T = LocalDate.of(2025, 9, 30);
    private static final LocalDate OPEN_SINCE = LocalDate.of(2025, 1, 1);

    @ParameterizedTest(name = "{0}: in time {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | unit         | n  | last date  | in time | open
            2 working days: Fri 26 Sep is in time           | WORKING_DAYS | 2  | 2025-09-26 | 1       | 1
            2 working days: Thu 25 Sep is late              | WORKING_DAYS | 2  | 2025-09-25 | 0       | 1
            1 week: exactly 7 days before T                 | WEEKS        | 1  | 2025-09-23 | 1       | 1
            1 week: 8 days before T                         | WEEKS        | 1  | 2025-09-22 | 0       | 1
            1 month: 30 Aug                                 | MONTHS       | 1  | 2025-08-30 | 1       | 1
            1 month: 29 Aug                                 | MONTHS       | 1  | 2025-08-29 | 0       | 1
            on T itself: 0 of any unit                      | MONTHS       | 0  | 2025-09-30 | 1       | 1
            blank last date: late, kept in the denominator  | WEEKS        | 6  |            | 0       | 1
            last date after T: left out of both             | WEEKS        | 6  | 2025-10-01 | 0       | 0
            """)
    void measuresTheOpenRecordsByTheirLastDate(String boundary, Recency unit, int n, LocalDate last, long inTime,
                                               long open) {
        IndicatorContext context = withSetting(n);

        assertRatio(inTime, open, visits(unit).compute(only(CHILD_PROTECTION, plan("C1", null, last, "A")), context));
    }

    @Test
    void aRecordClosedOnThePeriodEndIsNotMeasured() {
        assertRatio(0, 0, visits(Recency.WEEKS).compute(only(CHILD_PROTECTION, plan("C1", T, T, "A")), withSetting(6)));
    }

    @Test
    void breaksDownAsTheConstructorSays() {
        IndicatorResult result = visits(Recency.WEEKS).compute(only(CHILD_PROTECTION,
                plan("C1", null, T, "North"), plan("C2", null, null, "North"), plan("C3", null, T, "South")),
                withSetting(6));

        assertRatio(2, 3, result);
        assertThat(result.values()).contains(IndicatorValue.percent("team", "North", 1, 2),
                IndicatorValue.percent("team", "South", 1, 1));
    }

    private static IndicatorContext withSetting(int n) {
        return periodEnding(T).with(IndicatorSettings.of(Map.of("cp_visit_within_working_days", n), "test"),
                Population.notConfigured());
    }

    private static TableRecord plan(String child, LocalDate end, LocalDate last, String team) {
        return row(CHILD_PROTECTION).set(CHILD_ID, child).set(CP_START_DATE, OPEN_SINCE).set(CP_END_DATE, end)
                .set(CP_LAST_STATUTORY_VISIT, last).set(ALLOCATED_TEAM, team).build();
    }

    /** A fixture of the shape over List 7, its unit chosen by the test, its setting that of CP-08. */
    private static PercentLastDatedWithin visits(Recency unit) {
        IndicatorMetadata metadata = new IndicatorMetadata("CP-98", "Visits", "Test.", "visited", "open", "at T",
                CHILD_PROTECTION, List.of(), List.of(CP_START_DATE), Unit.PERCENT, Polarity.HIGHER_IS_BETTER,
                ChartType.KPI, List.of("team"), List.of());
        return new PercentLastDatedWithin((plan, period) -> period.openAtEnd(plan.date(CP_START_DATE),
                plan.date(CP_END_DATE)), CP_LAST_STATUTORY_VISIT, unit, IndicatorSetting.CP_VISIT_WITHIN_WORKING_DAYS,
                Breakdown.team()) {
            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        };
    }
}
