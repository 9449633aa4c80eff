package uk.chatbatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.GENDER;
import static uk.chatbatch.annexa.Field.LATEST_CATEGORY_OF_ABUSE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.model.table.TableRecord;

/** The caseload shape on its own: records open at the period end, by age band, gender and what the indicator adds. */
class CountOpenAtPeriodEndTest {

    /** T = 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final CountOpenAtPeriodEnd indicator = plansAtPeriodEnd();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                            | start      | end        | counted
            started on T, no end              | 2025-09-30 |            | 1
            started the day after T           | 2025-10-01 |            | 0
            ended on T: not open at T         | 2025-01-01 | 2025-09-30 | 0
            ended the day after T             | 2025-01-01 | 2025-10-01 | 1
            no start date                     |            |            | 0
            """)
    void countsRecordsOpenAtThePeriodEnd(String boundary, LocalDate start, LocalDate end, long counted) {
        assertCount(counted, indicator.compute(only(CHILD_PROTECTION, plan("C1", start, end, "2015-01-01", "Male",
                "PHY")), T));
    }

    @Test
    void breaksDownByAgeBandAtThePeriodEndGenderAndTheIndicatorsOwn() {
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION,
                plan("C1", LocalDate.of(2025, 1, 1), null, "2015-09-30", "Male", "PHY"),     // 10 on T
                plan("C2", LocalDate.of(2025, 1, 1), null, "2015-10-01", "Female", "NEG"),   // 9 on T
                plan("C3", LocalDate.of(2025, 1, 1), null, "2015-01-01", "Female", "NEG")), T);

        assertCount(3, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("age band", "10 to 15", 2), IndicatorValue.count("age band", "5 to 9", 1),
                IndicatorValue.count("gender", "male", 1), IndicatorValue.count("gender", "female", 2),
                IndicatorValue.count("gender", "other or unknown", 0),
                IndicatorValue.count("latest category", "NEG", 2), IndicatorValue.count("latest category", "PHY", 1));
    }

    private static TableRecord plan(String child, LocalDate start, LocalDate end, String born, String gender,
                                     String category) {
        return row(CHILD_PROTECTION).set(CHILD_ID, child).set(CP_START_DATE, start).set(CP_END_DATE, end)
                .set(DATE_OF_BIRTH, LocalDate.parse(born)).set(GENDER, gender).set(LATEST_CATEGORY_OF_ABUSE, category)
                .build();
    }

    private static CountOpenAtPeriodEnd plansAtPeriodEnd() {
        IndicatorMetadata metadata = new IndicatorMetadata("CP-98", "Plans", "Test.", "plans", "", "at T",
                CHILD_PROTECTION, List.of(), List.of(CP_START_DATE), Unit.COUNT, Polarity.CONTEXTUAL, ChartType.KPI,
                List.of("age band", "gender", "latest category"), List.of());
        return new CountOpenAtPeriodEnd((plan, period) -> period.openAtEnd(plan.date(CP_START_DATE),
                plan.date(CP_END_DATE)), Breakdown.code("latest category", LATEST_CATEGORY_OF_ABUSE)) {
            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        };
    }
}
