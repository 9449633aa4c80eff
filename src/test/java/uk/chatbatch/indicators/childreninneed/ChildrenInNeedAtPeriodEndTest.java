package uk.chatbatch.indicators.childreninneed;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.Field.CASE_STATUS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.DISABILITY;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ChildrenInNeedAtPeriodEndTest {

    /** T = 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildrenInNeedAtPeriodEnd indicator = new ChildrenInNeedAtPeriodEnd();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | start      | closure    | counted
            started before T, not closed             | 2024-11-01 |            | 1
            started on T                             | 2025-09-30 |            | 1
            starts the day after T                   | 2025-10-01 |            | 0
            closed on T: not open at T               | 2025-01-01 | 2025-09-30 | 0
            closes the day after T: open at T        | 2025-01-01 | 2025-10-01 | 1
            closed in the window                     | 2025-01-01 | 2025-06-01 | 0
            blank start (template allows), not closed |           |            | 1
            blank start, closed in the window        |            | 2025-06-01 | 0
            """)
    void countsChildrenWithAnEpisodeOpenAtThePeriodEnd(String boundary, LocalDate start, LocalDate closure,
                                                       long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", start, closure, "Child in need plan", null, null)), T));
    }

    @Test
    void aBlankStartDateCountsAsEarlierThanAnyDateWhenChoosingTheEpisodeThatDescribesTheChild() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", LocalDate.of(2024, 1, 1), null, "Child Protection plan", null, "No"),   // describes C1
                episode("C1", null, null, "Child in need plan", null, "No")),
                T);

        assertCount(1, result);
        assertThat(result.values()).contains(IndicatorValue.count("case status", "Child Protection plan", 1));
    }

    @Test
    void countsAChildWithTwoOpenEpisodesOnceDescribedByTheLaterOne() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", LocalDate.of(2024, 1, 1), null, "Child in need plan", null, "No"),
                episode("C1", LocalDate.of(2025, 5, 1), null, "Child Protection plan", null, "No"),   // describes C1
                episode("C2", LocalDate.of(2025, 2, 1), null, "Looked after child", null, "Yes"),
                episode("C3", LocalDate.of(2024, 2, 1), LocalDate.of(2025, 4, 1), "Closed episode", null, "No")),
                T);

        assertCount(2, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("case status", "Looked after child", 1),
                IndicatorValue.count("case status", "Child Protection plan", 1),
                IndicatorValue.count("case status", "Child in need plan", 0),
                IndicatorValue.count("case status", "Closed episode", 0),
                IndicatorValue.count("disability", "yes", 1),
                IndicatorValue.count("disability", "no", 1));
        assertThat(result.counted()).extracting(CountedRecord::childId, CountedRecord::inNumerator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1", false),
                        org.assertj.core.groups.Tuple.tuple("C1", true),
                        org.assertj.core.groups.Tuple.tuple("C2", true));
    }

    @Test
    void breaksChildrenDownByAgeAtThePeriodEndWithUnbornCounted() {
        LocalDate open = LocalDate.of(2025, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", open, null, "Child in need plan", LocalDate.of(2025, 12, 1), null),  // unborn at T
                episode("C2", open, null, "Child in need plan", LocalDate.of(2024, 10, 1), null),  // 0: under 1
                episode("C3", open, null, "Child in need plan", LocalDate.of(2024, 9, 30), null),  // 1 on T: 1 to 4
                episode("C4", open, null, "Child in need plan", LocalDate.of(2009, 10, 1), null),  // 15 at T
                episode("C5", open, null, "Child in need plan", null, null)),                      // no age: unknown
                T);

        assertCount(5, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("age band", "unborn", 1),
                IndicatorValue.count("age band", "under 1", 1),
                IndicatorValue.count("age band", "1 to 4", 1),
                IndicatorValue.count("age band", "10 to 15", 1),
                IndicatorValue.count("age band", "unknown", 1),
                IndicatorValue.count("disability", "unknown", 5));
    }

    @Test
    void computesTheBreakdownsItDeclares() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_NEED), T);

        assertCount(0, result);
        assertThat(result.values().stream().map(IndicatorValue::breakdown).distinct().skip(1))
                .containsExactlyElementsOf(indicator.metadata().breakdowns());
    }

    static TableRecord episode(String child, LocalDate start, LocalDate closure, String caseStatus,
                                LocalDate dateOfBirth, String disability) {
        return row(CHILDREN_IN_NEED).set(CHILD_ID, child).set(CIN_START_DATE, start).set(CIN_CLOSURE_DATE, closure)
                .set(CASE_STATUS, caseStatus).set(DATE_OF_BIRTH, dateOfBirth).set(DISABILITY, disability).build();
    }
}
