package uk.chatbatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/** The conversion shape on its own: an event in the window, followed by the same child's linked record in time. */
class FollowedWithinWorkingDaysTest {

    /** T = Tue 30 Sep 2025; the event on Fri 5 Sep, so with N = 2 the last day in time is Tue 9 Sep. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30))
            .with(IndicatorSettings.of(Map.of("referral_to_assessment_working_days", 2), "test"),
                    Population.notConfigured());
    private static final LocalDate FRIDAY = LocalDate.of(2025, 9, 5);

    private final FollowedWithinWorkingDays indicator = conversion();

    @ParameterizedTest(name = "{0}: followed {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | linked child | linked on  | followed | events
            linked the same day                           | C1           | 2025-09-05 | 1        | 1
            linked on the weekend                         | C1           | 2025-09-07 | 1        | 1
            linked on the 2nd working day (Tue 9 Sep)     | C1           | 2025-09-09 | 1        | 1
            linked on the 3rd working day (Wed 10 Sep)    | C1           | 2025-09-10 | 0        | 1
            linked the day before the event               | C1           | 2025-09-04 | 0        | 1
            another child's linked record                 | C2           | 2025-09-05 | 0        | 1
            """)
    void measuresEventsFollowedInTime(String boundary, String linkedChild, LocalDate linkedOn, long followed,
                                      long events) {
        InputData data = InputData.empty().with(REFERRALS, List.of(event("C1", FRIDAY, "1A")))
                .with(ASSESSMENTS, List.of(linked(linkedChild, linkedOn)));

        assertRatio(followed, events, indicator.compute(data, T));
    }

    @Test
    void anEventOnTheDaySixMonthsBeforeThePeriodEndIsNotMeasuredAndEachSourceGroupIsAShare() {
        InputData data = InputData.empty()
                .with(REFERRALS, List.of(event("C1", FRIDAY, "1A"), event("C2", FRIDAY, "1A"),
                        event("C3", LocalDate.of(2025, 3, 30), "1A")))
                .with(ASSESSMENTS, List.of(linked("C1", FRIDAY), linked("C3", LocalDate.of(2025, 3, 30))));

        IndicatorResult result = indicator.compute(data, T);

        assertRatio(1, 2, result);
        assertThat(result.values()).contains(IndicatorValue.percent("source group", "individual", 1, 2),
                IndicatorValue.percent("source group", "police", 0, 0));
    }

    private static TableRecord event(String child, LocalDate on, String source) {
        return row(REFERRALS).set(CHILD_ID, child).set(DATE_OF_REFERRAL, on).set(REFERRAL_SOURCE, source).build();
    }

    private static TableRecord linked(String child, LocalDate on) {
        return row(ASSESSMENTS).set(CHILD_ID, child).set(ASSESSMENT_START_DATE, on).build();
    }

    private static FollowedWithinWorkingDays conversion() {
        IndicatorMetadata metadata = new IndicatorMetadata("REF-98", "Conversion", "Test.", "followed", "events",
                "window", REFERRALS, List.of(ASSESSMENTS), List.of(DATE_OF_REFERRAL), Unit.PERCENT,
                Polarity.CONTEXTUAL, ChartType.DON, List.of("source group"), List.of());
        return new FollowedWithinWorkingDays(DATE_OF_REFERRAL, ASSESSMENTS, ASSESSMENT_START_DATE,
                IndicatorSetting.REFERRAL_TO_ASSESSMENT_WORKING_DAYS, REFERRAL_SOURCE) {
            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        };
    }
}
