package uk.chatbatch.indicators.childprotection;

import uk.chatbatch.indicators.AgeBandRows;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusWording;

import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.input.InputData;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.ProtectionPlan;
import uk.chatbatch.indicators.IndicatorDefinition.By;

/** Counts children, as DfE does; a child with two open plans is described by the later-starting one. */
@IndicatorDefinition(
        id = "CP-01-CIN",
        title = "Children on a child protection plan at the period end (CIN census)",
        definition = "The number of distinct children (LAchildID) in the CIN census with a child protection plan"
                + " open at the period end: a ChildProtectionPlans group whose CPPstartDate is on or before the"
                + " period end and whose CPPendDate is absent or after the period end. A plan ending on the period"
                + " end is not open at it. DfE counts children subject to a plan; the census's own validation allows"
                + " one open plan per child, so in valid data this is also the number of open plans. Broken down by"
                + " DfE age band at the period end, from the child's PersonBirthDate (unborn when born after the"
                + " period end or when only an ExpectedPersonBirthDate is given)." + YEARS,
        numerator = "children with a child protection plan open at the period end",
        window = "at the period end",
        cin = {CinTable.CHILD, CinTable.EPISODE, CinTable.CP_PLAN},
        returnFields = {"LAchildID", "CPPstartDate", "CPPendDate", "PersonBirthDate", "ExpectedPersonBirthDate"},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By(AgeBandRows.NAME)})
public class CensusChildrenOnProtectionPlansAtPeriodEnd implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        CensusHistory census = CensusHistory.of(data.returns());
        LocalDate periodEnd = context.period().periodEnd();
        List<ProtectionPlan> open = new ArrayList<>();
        Map<String, ProtectionPlan> latestByChild = new LinkedHashMap<>();
        for (ProtectionPlan plan : census.plans()) {
            if (context.period().openAtEnd(plan.start(), plan.end())) {
                open.add(plan);
                latestByChild.merge(plan.childId(), plan, (kept, other) ->
                        other.start().isAfter(kept.start()) ? other : kept);
            }
        }
        List<ProtectionPlan> children = List.copyOf(latestByChild.values());
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, children.size()));
        values.addAll(AgeBandRows.counts(children, census, periodEnd));
        return IndicatorResult.computed(metadata(), values, open.stream()
                .map(p -> CensusHistory.counted(p.row(), latestByChild.get(p.childId()) == p, false)).toList());
    }
}
