package uk.chatbatch.indicators.childreninneed;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CASE_STATUS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.DISABILITY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.ChildInNeedEpisodes;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * Not a {@link uk.chatbatch.indicators.CountOfRecords}: the catalogue counts children, as DfE does, so a
 * child with two open episodes is counted once and described by one of them.
 */
@IndicatorDefinition(
        id = "CIN-01",
        population = PopulationRule.OPEN_AT_PERIOD_END,
        twin = "CIN-01-CIN",
        title = "Children in need at the period end",
        definition = "The number of distinct children (Child Unique ID) with a children in need episode in List 6"
                + " " + ChildInNeedEpisodes.OPEN_AT_END_RULE + ". An episode closed on the period end is not open at"
                + " it. Open or closed is read from the dates only, not from Case Status. A child with two open"
                + " episodes counts once, and is described in the breakdowns by the open episode with the latest"
                + " start date (a blank start date counting as the earliest). As in Annex A, this includes children"
                + " on a child protection plan or looked after (DfE's count also includes care leavers receiving services, who are not in List 6). Broken down"
                + " by Case Status (every Annex A value, then unknown for blank or rejected), by DfE age band at"
                + " the period end (from the date of birth, else the age supplied; unborn children are counted)"
                + " and by disability (yes, no, unknown including blank).",
        numerator = "children with a children in need episode open at the period end",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_NEED,
        fields = {CHILD_ID, CIN_START_DATE, CIN_CLOSURE_DATE, CASE_STATUS, DATE_OF_BIRTH, AGE, DISABILITY},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By("case status"), @By("age band"), @By("disability")})
public class ChildrenInNeedAtPeriodEnd implements Indicator {

    /** A blank start date (the template allows it) counts as earlier than any date. */
    private static final Comparator<TableRecord> LATEST_START = Comparator.comparing(
            (TableRecord e) -> e.date(CIN_START_DATE), Comparator.nullsFirst(Comparator.naturalOrder()));

    private static List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        LocalDate periodEnd = context.period().periodEnd();
        return List.of(Breakdown.code("case status", CASE_STATUS), Breakdown.ageBand(r -> periodEnd),
                Breakdown.disability(DISABILITY));
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        Map<String, TableRecord> latestOpenByChild = new LinkedHashMap<>();
        List<TableRecord> open = new ArrayList<>();
        for (TableRecord episode : data.rows(AnnexAList.CHILDREN_IN_NEED)) {
            if (episode.childId() != null && ChildInNeedEpisodes.openAtEnd(episode, context.period())) {
                open.add(episode);
                latestOpenByChild.merge(episode.childId(), episode, (kept, other) ->
                        LATEST_START.compare(other, kept) > 0 ? other : kept);
            }
        }
        List<TableRecord> children = List.copyOf(latestOpenByChild.values());
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, children.size()));
        for (Breakdown<TableRecord> breakdown : breakdowns(context)) {
            breakdown.tally(children)
                    .forEach((group, n) -> values.add(IndicatorValue.count(breakdown.name(), group, n)));
        }
        // Every open episode is shown in the drill-down; only the one describing its child is counted.
        List<CountedRecord> counted = open.stream()
                .map(e -> CountedRecord.of(e, latestOpenByChild.get(e.childId()) == e, false)).toList();
        return IndicatorResult.computed(metadata(), values, counted);
    }
}
