package uk.chatbatch.indicators.earlyhelp;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

/** The drill-down has one record per child: their first early help assessment starting in the window. */
@IndicatorDefinition(
        id = "EH-04",
        title = "Early help children also on the referral list",
        definition = "Of the distinct children (by Child Unique ID) with an early help assessment in List 2 whose"
                + " Assessment start date is in the six months ending on the period end (the children EH-01C"
                + " counts), the percentage who also have a referral in List 3 whose Date of referral is in the same"
                + " window, before or after the early help assessment. This is ChAT's \"appears on referral list\""
                + " match, by Child Unique ID only: a child whose ID differs between the two lists is not matched."
                + " Children are counted, not records.",
        numerator = "children with early help starting in the window who also have a referral dated in the window",
        denominator = "children with an early help assessment starting in the window",
        window = "six months ending on the period end, for both lists",
        source = AnnexAList.EARLY_HELP,
        alsoUses = {AnnexAList.REFERRALS},
        fields = {CHILD_ID, EH_ASSESSMENT_START_DATE},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.DON)
public class EarlyHelpChildrenAlsoReferred implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        Set<String> referred = data.rows(AnnexAList.REFERRALS).stream()
                .filter(r -> context.period().inWindow(r.date(DATE_OF_REFERRAL)))
                .map(TableRecord::childId).collect(Collectors.toSet());
        List<TableRecord> children = EarlyHelpChildren.firstInWindow(data, context);
        List<CountedRecord> counted = children.stream()
                .map(r -> CountedRecord.of(r, referred.contains(r.childId()), true)).toList();
        long alsoReferred = counted.stream().filter(CountedRecord::inNumerator).count();
        return IndicatorResult.computed(metadata(), List.of(IndicatorValue.percent(IndicatorValue.ALL,
                IndicatorValue.ALL, alsoReferred, children.size())), counted);
    }
}
