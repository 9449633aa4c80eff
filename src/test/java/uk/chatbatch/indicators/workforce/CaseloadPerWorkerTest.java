package uk.chatbatch.indicators.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CARE_LEAVERS;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
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
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class CaseloadPerWorkerTest {

    /** T = 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));
    private static final LocalDate BEFORE_T = LocalDate.of(2024, 6, 1);

    private final CaseloadPerWorker indicator = new CaseloadPerWorker();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                               | CIN start  | CIN closed | counted
            open CIN episode                     | 2024-06-01 |            | 1
            started on T                         | 2025-03-31 |            | 1
            closed on T: not open                | 2024-06-01 | 2025-03-31 | 0
            closes the day after T               | 2024-06-01 | 2025-04-01 | 1
            starts after T                       | 2025-04-01 |            | 0
            """)
    void countsChildrenOpenAtThePeriodEnd(String scenario, LocalDate start, LocalDate closed, long counted) {
        TableRecord episode = row(CHILDREN_IN_NEED).set(CHILD_ID, "C1").set(ALLOCATED_WORKER, "A Worker")
                .set(CIN_START_DATE, start).set(CIN_CLOSURE_DATE, closed).build();

        assertCount(counted, indicator.compute(lists(List.of(episode), List.of(), List.of(), List.of()), T));
    }

    @Test
    void countsEachChildOncePerWorkerAcrossTheLists() {
        InputData data = lists(
                List.of(cin("C1", "Ann"), cin("C2", "Ann"), cin("C3", "Bob"), cin("C5", null),
                        closedCin("C6", "Bob")),
                List.of(plan("C1", "Ann"),          // on a plan too, same worker: once on Ann's caseload
                        plan("C3", "Cat")),         // different worker on the plan: on both caseloads
                List.of(looked("C4", "Bob"),
                        looked("C5", "Dan")),       // no worker on List 6, one on List 8: allocated
                List.of(careLeaver("C7", null)));   // no worker anywhere: unallocated

        IndicatorResult result = indicator.compute(data, T);

        assertCount(6, result);
        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 6),
                IndicatorValue.count("worker", "Ann", 2),
                IndicatorValue.count("worker", "Bob", 2),
                IndicatorValue.count("worker", "Cat", 1),
                IndicatorValue.count("worker", "Dan", 1),
                IndicatorValue.count("worker", "unallocated", 1));
        assertThat(result.counted()).extracting(CountedRecord::childId, CountedRecord::list).contains(
                org.assertj.core.groups.Tuple.tuple("C3", "List 7 (Child protection)"),
                org.assertj.core.groups.Tuple.tuple("C7", "List 9 (Care leavers)"));
    }

    private static InputData lists(List<TableRecord> cin, List<TableRecord> cp, List<TableRecord> cla,
                                    List<TableRecord> careLeavers) {
        return InputData.empty().with(CHILDREN_IN_NEED, cin).with(CHILD_PROTECTION, cp).with(CHILDREN_IN_CARE, cla)
                .with(CARE_LEAVERS, careLeavers);
    }

    private static TableRecord cin(String id, String worker) {
        return row(CHILDREN_IN_NEED).set(CHILD_ID, id).set(ALLOCATED_WORKER, worker).set(CIN_START_DATE, BEFORE_T)
                .build();
    }

    private static TableRecord closedCin(String id, String worker) {
        return row(CHILDREN_IN_NEED).set(CHILD_ID, id).set(ALLOCATED_WORKER, worker).set(CIN_START_DATE, BEFORE_T)
                .set(CIN_CLOSURE_DATE, LocalDate.of(2025, 1, 1)).build();
    }

    private static TableRecord plan(String id, String worker) {
        return row(CHILD_PROTECTION).set(CHILD_ID, id).set(ALLOCATED_WORKER, worker).set(CP_START_DATE, BEFORE_T)
                .set(CP_END_DATE, null).build();
    }

    private static TableRecord looked(String id, String worker) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, id).set(ALLOCATED_WORKER, worker).set(CLA_START_DATE, BEFORE_T)
                .set(CLA_CEASED_DATE, null).build();
    }

    private static TableRecord careLeaver(String id, String worker) {
        return row(CARE_LEAVERS).set(CHILD_ID, id).set(ALLOCATED_WORKER, worker).build();
    }
}
