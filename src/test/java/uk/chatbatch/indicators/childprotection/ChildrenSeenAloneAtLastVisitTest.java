package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_SEEN_ALONE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
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

class ChildrenSeenAloneAtLastVisitTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildrenSeenAloneAtLastVisit indicator = new ChildrenSeenAloneAtLastVisit();

    @ParameterizedTest(name = "{0}: seen alone {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                 | start      | end        | seen alone | counted | open
            seen alone                             | 2025-01-01 |            | Yes        | 1       | 1
            not seen alone                         | 2025-01-01 |            | No         | 0       | 1
            unknown stays in the denominator       | 2025-01-01 |            | Unknown    | 0       | 1
            blank stays in the denominator         | 2025-01-01 |            |            | 0       | 1
            plan ended on T: not open              | 2025-01-01 | 2025-09-30 | Yes        | 0       | 0
            """)
    void measuresOpenPlans(String boundary, LocalDate start, LocalDate end, String seenAlone, long counted,
                           long open) {
        assertRatio(counted, open, indicator.compute(only(CHILD_PROTECTION,
                plan(start, end, seenAlone, LocalDate.of(2015, 1, 1), null)), T));
    }

    @Test
    void breaksDownByAgeBandAtThePeriodEnd() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION,
                plan(start, null, "No", LocalDate.of(2025, 3, 1), null),     // baby: under 1
                plan(start, null, "Yes", LocalDate.of(2020, 9, 30), null),   // 5 on T: 5 to 9
                plan(start, null, "Yes", LocalDate.of(2018, 1, 1), null),    // 7: 5 to 9
                plan(start, null, "No", null, 12)), T);                      // no date of birth: the age given

        assertRatio(2, 4, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("age band", "under 1", 0, 1),
                IndicatorValue.percent("age band", "5 to 9", 2, 2),
                IndicatorValue.percent("age band", "10 to 15", 0, 1),
                IndicatorValue.percent("age band", "16 to 17", 0, 0));
    }

    @Test
    void theSameInstanceServesDifferentPeriodEnds() {
        TableRecord turnsOne = plan(LocalDate.of(2025, 1, 1), null, "Yes", LocalDate.of(2024, 12, 1), null);

        assertThat(indicator.compute(only(CHILD_PROTECTION, turnsOne), T).values())
                .contains(IndicatorValue.percent("age band", "under 1", 1, 1));
        assertThat(indicator.compute(only(CHILD_PROTECTION, turnsOne), periodEnding(LocalDate.of(2025, 12, 31)))
                .values()).contains(IndicatorValue.percent("age band", "1 to 4", 1, 1));
    }

    private static TableRecord plan(LocalDate start, LocalDate end, String seenAlone, LocalDate dateOfBirth,
                                     Integer age) {
        return row(CHILD_PROTECTION).set(CHILD_ID, "C1").set(CP_START_DATE, start).set(CP_END_DATE, end)
                .set(CP_SEEN_ALONE, seenAlone).set(DATE_OF_BIRTH, dateOfBirth).set(AGE, age).build();
    }
}
