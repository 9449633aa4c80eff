package uk.chatbatch.indicators.workforce;

import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.annexa.ChildInNeedEpisodes;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * Children, not rows: a child on a plan is usually on List 6 and List 7 with the same worker, and must count
 * once on that worker's caseload. One row per child and worker is kept and tallied by {@link Breakdown#worker()}.
 */
@IndicatorDefinition(
        id = "WF-01",
        title = "Caseload per worker",
        definition = "The number of distinct children (Child Unique ID) open at the period end on any of List 6"
                + " (CIN Start Date on or before the period end or blank, no CIN Closure Date or one after it), List 7 (plan"
                + " start on or before it, no end or an end after it), List 8 (started to be looked after on or"
                + " before it, not ceased or ceased after it) or List 9 (every care leaver on it), and by Allocated"
                + " Worker as written on those rows: the number of distinct children each worker holds on any of"
                + " the four lists. A child with different workers on different lists is on each of their"
                + " caseloads, so the workers' figures can add up to more than the total. A child with no worker on"
                + " any open row (blank, or rejected at ingest such as #N/A) is counted once as unallocated; on"
                + " List 9 the Allocated Worker is used, not the personal advisor. Workers are shown in name order,"
                + " unallocated last.",
        numerator = "children open at the period end on Lists 6 to 9",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_NEED,
        alsoUses = {AnnexAList.CHILD_PROTECTION, AnnexAList.CHILDREN_IN_CARE, AnnexAList.CARE_LEAVERS},
        fields = {CHILD_ID, ALLOCATED_WORKER, CIN_START_DATE, CIN_CLOSURE_DATE, CP_START_DATE, CP_END_DATE,
                CLA_START_DATE, CLA_CEASED_DATE},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By(value = "worker", kind = BreakdownKind.STAFF)})
public class CaseloadPerWorker implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        ReportingPeriod period = context.period();
        List<TableRecord> open = new ArrayList<>();
        data.rows(AnnexAList.CHILDREN_IN_NEED).stream()
                .filter(r -> ChildInNeedEpisodes.openAtEnd(r, period)).forEach(open::add);
        data.rows(AnnexAList.CHILD_PROTECTION).stream()
                .filter(r -> period.openAtEnd(r.date(CP_START_DATE), r.date(CP_END_DATE))).forEach(open::add);
        data.rows(AnnexAList.CHILDREN_IN_CARE).stream()
                .filter(r -> period.openAtEnd(r.date(CLA_START_DATE), r.date(CLA_CEASED_DATE))).forEach(open::add);
        open.addAll(data.rows(AnnexAList.CARE_LEAVERS));

        Breakdown<TableRecord> worker = Breakdown.worker();
        Set<String> allocated = new HashSet<>();
        for (TableRecord row : open) {
            if (!Breakdown.UNALLOCATED.equals(worker.classifier().apply(row))) {
                allocated.add(row.childId());
            }
        }
        Map<List<String>, TableRecord> childAndWorker = new LinkedHashMap<>();
        for (TableRecord row : open) {
            String name = worker.classifier().apply(row);
            if (!Breakdown.UNALLOCATED.equals(name) || !allocated.contains(row.childId())) {
                childAndWorker.putIfAbsent(List.of(row.childId(), name), row);
            }
        }
        List<TableRecord> caseloads = List.copyOf(childAndWorker.values());
        long children = caseloads.stream().map(TableRecord::childId).distinct().count();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, children));
        worker.tally(caseloads).forEach((name, n) -> values.add(IndicatorValue.count(worker.name(), name, n)));
        return IndicatorResult.computed(metadata(), values,
                caseloads.stream().map(r -> CountedRecord.of(r, true, false)).toList());
    }
}
