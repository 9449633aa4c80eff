package uk.chatbatch.indicators.childreninneed;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.PRIMARY_NEED_CODE;
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

class ChildrenInNeedByPrimaryNeedTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildrenInNeedByPrimaryNeed indicator = new ChildrenInNeedByPrimaryNeed();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                              | start      | closure    | counted
            open at T                           | 2025-01-01 |            | 1
            closed on T                         | 2025-01-01 | 2025-09-30 | 0
            closes the day after T              | 2025-01-01 | 2025-10-01 | 1
            starts the day after T              | 2025-10-01 |            | 0
            """)
    void countsEpisodesOpenAtThePeriodEnd(String boundary, LocalDate start, LocalDate closure, long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_NEED, episode("C1", start, closure, "N1")), T));
    }

    @Test
    void countsEachNeedCodeZeroIncludedAndBlankAsUnknown() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", start, null, "N1"),
                episode("C2", start, null, "N1"),
                episode("C3", start, null, "N4"),
                episode("C4", start, null, null),                              // blank or rejected: unknown
                episode("C5", start, LocalDate.of(2025, 5, 1), "N1")),        // closed: not counted
                T);

        assertCount(4, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("primary need", "N1", 2),
                IndicatorValue.count("primary need", "N2", 0),
                IndicatorValue.count("primary need", "N4", 1),
                IndicatorValue.count("primary need", "N0", 0),
                IndicatorValue.count("primary need", "unknown", 1));
        assertThat(result.values()).hasSize(1 + 10 + 1);
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C1", "C2", "C3", "C4");
        assertThat(result.counted()).allSatisfy(c -> assertThat(c.inNumerator() && !c.inDenominator()).isTrue());
    }

    private static TableRecord episode(String child, LocalDate start, LocalDate closure, String need) {
        return row(CHILDREN_IN_NEED).set(CHILD_ID, child).set(CIN_START_DATE, start).set(CIN_CLOSURE_DATE, closure)
                .set(PRIMARY_NEED_CODE, need).build();
    }
}
