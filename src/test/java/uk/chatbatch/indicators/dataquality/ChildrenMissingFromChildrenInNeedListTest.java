package uk.chatbatch.indicators.dataquality;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ChildrenMissingFromChildrenInNeedListTest {

    /** T = 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenMissingFromChildrenInNeedList indicator = new ChildrenMissingFromChildrenInNeedList();

    /** C1 is looked after from 1 Jan 2023; List 6 may hold an episode for it. */
    @ParameterizedTest(name = "{0}: counted {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | ceased care | CIN child | CIN start  | CIN closed | counted
            open on List 6 too                            |             | C1        | 2022-12-01 |            | 0
            List 6 episode closed on T                    |             | C1        | 2022-12-01 | 2025-03-31 | 1
            List 6 episode closes the day after T         |             | C1        | 2022-12-01 | 2025-04-01 | 0
            only another child on List 6                  |             | C2        | 2022-12-01 |            | 1
            ceased care before T: not checked             | 2025-02-01  | C2        | 2022-12-01 |            | 0
            """)
    void countsChildrenLookedAfterAtTheEndWithNoOpenListSixEpisode(String scenario, LocalDate ceased,
                                                                   String cinChild, LocalDate cinStart,
                                                                   LocalDate cinClosed, long counted) {
        InputData data = InputData.empty()
                .with(CHILDREN_IN_CARE, List.of(row(CHILDREN_IN_CARE).set(CHILD_ID, "C1")
                        .set(CLA_START_DATE, LocalDate.of(2023, 1, 1)).set(CLA_CEASED_DATE, ceased).build()))
                .with(CHILD_PROTECTION, List.of())
                .with(CHILDREN_IN_NEED, List.of(row(CHILDREN_IN_NEED).set(CHILD_ID, cinChild)
                        .set(CIN_START_DATE, cinStart).set(CIN_CLOSURE_DATE, cinClosed).build()));

        assertCount(counted, indicator.compute(data, T));
    }

    @Test
    void countsEachListAndDrillsDownToTheRows() {
        InputData data = InputData.empty()
                .with(CHILD_PROTECTION, List.of(plan("C1"), plan("C2"), plan("C3")))
                .with(CHILDREN_IN_CARE, List.of(looked("C4")))
                .with(CHILDREN_IN_NEED, List.of(episode("C1")));

        IndicatorResult result = indicator.compute(data, T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 3),
                IndicatorValue.count("list", "List 7 (Child protection)", 2),
                IndicatorValue.count("list", "List 8 (Children in care)", 1));
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C2", "C3", "C4");
    }

    @Test
    void isNotComputedWithoutListSix() {
        InputData data = InputData.empty().with(CHILD_PROTECTION, List.of(plan("C1")))
                .with(CHILDREN_IN_CARE, List.of());

        IndicatorResult result = new IndicatorEngine(IndicatorCatalogue.of(List.of(indicator))).computeAll(data, T)
                .get(0);

        assertThat(result.status()).isEqualTo(IndicatorStatus.LIST_NOT_SUPPLIED);
    }

    private static TableRecord plan(String id) {
        return row(CHILD_PROTECTION).set(CHILD_ID, id).set(CP_START_DATE, LocalDate.of(2024, 10, 1))
                .set(CP_END_DATE, null).build();
    }

    private static TableRecord looked(String id) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, id).set(CLA_START_DATE, LocalDate.of(2023, 1, 1)).build();
    }

    private static TableRecord episode(String id) {
        return row(CHILDREN_IN_NEED).set(CHILD_ID, id).set(CIN_START_DATE, LocalDate.of(2024, 9, 1)).build();
    }
}
