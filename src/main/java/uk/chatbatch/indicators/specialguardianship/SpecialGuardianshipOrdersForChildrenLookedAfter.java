package uk.chatbatch.indicators.specialguardianship;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_REASON_CEASED;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.model.CodeSets;
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
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * Counts children ceasing care, not rows: List 8 can hold several rows for one period of care (its key includes
 * the legal status and placement), each repeating the date and reason ceased. Child arrangements orders are
 * reported beside the total, not in it, so the breakdown "child arrangements orders" is not a split of the
 * headline.
 */
@IndicatorDefinition(
        id = "SGO-01",
        twin = "SGO-01-903",
        title = "Children leaving care on a special guardianship order",
        definition = "The number of children on List 8 who ceased to be looked after in the six months ending on the"
                + " period end (Date Ceased to be Looked After after the date six months before it, up to and"
                + " including it) with a Reason Ceased of a special guardianship order: E45 or E46 (to former"
                + " foster carers, relative or friend and other), E47 or E48 (to other carers, relative or friend"
                + " and other), or the legacy codes E43 (former carers) and E44 (other). A child is counted once per"
                + " date ceased, however many rows List 8 holds for that period of care. Shown by reason ceased and"
                + " by carer (former foster carers: E45, E46, E43; other carers: E47, E48, E44). Reported alongside,"
                + " not in the total: children ceasing care in the same window on a residence or child arrangements"
                + " order (E41). A blank or unrecognised reason counts as neither.",
        numerator = "children ceasing care in the window on a special guardianship order",
        window = "six months ending on the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CHILD_ID, CLA_CEASED_DATE, CLA_REASON_CEASED},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By("reason ceased"), @By("carer"), @By("child arrangements orders")})
public class SpecialGuardianshipOrdersForChildrenLookedAfter implements Indicator {


    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<TableRecord> ceasedInWindow = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (TableRecord child : data.rows(AnnexAList.CHILDREN_IN_CARE)) {
            if (context.period().inWindow(child.date(CLA_CEASED_DATE))
                    && seen.add(List.of(child.childId(), child.date(CLA_CEASED_DATE)))) {
                ceasedInWindow.add(child);
            }
        }
        List<TableRecord> specialGuardianship = ceasedInWindow.stream()
                .filter(c -> reasonIn(c, CodeSets.SPECIAL_GUARDIANSHIP)).toList();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, specialGuardianship.size()));
        Breakdown<TableRecord> reason = new Breakdown<>("reason ceased", CodeSets.SPECIAL_GUARDIANSHIP,
                c -> c.text(CLA_REASON_CEASED));
        Breakdown<TableRecord> carer = new Breakdown<>("carer", List.of("former foster carers", "other carers"),
                c -> reasonIn(c, CodeSets.SPECIAL_GUARDIANSHIP_FORMER_FOSTER_CARERS) ? "former foster carers"
                        : "other carers");
        for (Breakdown<TableRecord> breakdown : List.of(reason, carer)) {
            breakdown.tally(specialGuardianship).forEach((group, n) ->
                    values.add(IndicatorValue.count(breakdown.name(), group, n)));
        }
        values.add(IndicatorValue.count("child arrangements orders", CodeSets.CHILD_ARRANGEMENTS_ORDER,
                ceasedInWindow.stream().filter(c -> c.is(CLA_REASON_CEASED, CodeSets.CHILD_ARRANGEMENTS_ORDER))
                        .count()));
        return IndicatorResult.computed(metadata(), values,
                specialGuardianship.stream().map(c -> CountedRecord.of(c, true, false)).toList());
    }

    private static boolean reasonIn(TableRecord child, List<String> codes) {
        String reason = child.text(CLA_REASON_CEASED);
        return reason != null && codes.contains(reason);
    }
}
