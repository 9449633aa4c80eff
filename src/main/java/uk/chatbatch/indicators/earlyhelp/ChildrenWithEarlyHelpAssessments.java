package uk.chatbatch.indicators.earlyhelp;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.GENDER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.chatbatch.annexa.AnnexAList;
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
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/** The drill-down has one record per child: their first assessment starting in the window. */
@IndicatorDefinition(
        id = "EH-01C",
        title = "Children with an early help assessment started",
        definition = "The number of distinct children (by Child Unique ID) with at least one early help assessment"
                + " record in List 2 whose Assessment start date is in the six months ending on the period end. Each"
                + " child counts once however many assessments started. Also shown by single year of age crossed"
                + " with gender, for an age/sex pyramid, taken from the child's first assessment starting in the"
                + " window (on the same date, the earlier row): age in completed years at that start date from the"
                + " Date of Birth, else the Age of Child supplied, with unknown for neither or a child not yet born;"
                + " gender male, female, or other or unknown. Rows are \"age / gender\", e.g. \"7 / female\"; every"
                + " combination is shown, zero included.",
        numerator = "children with an early help assessment starting in the window",
        window = "six months ending on the period end",
        source = AnnexAList.EARLY_HELP,
        fields = {CHILD_ID, EH_ASSESSMENT_START_DATE, DATE_OF_BIRTH, AGE, GENDER},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.PYR,
        breakdowns = {@By(value = "age and gender", kind = BreakdownKind.AGE_AND_GENDER)})
public class ChildrenWithEarlyHelpAssessments implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<TableRecord> children = EarlyHelpChildren.firstInWindow(data, context);
        Breakdown<TableRecord> pyramid = Breakdown.ageAndGender(r -> r.date(EH_ASSESSMENT_START_DATE));
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, children.size()));
        for (Map.Entry<String, Long> group : pyramid.tally(children).entrySet()) {
            values.add(IndicatorValue.count(pyramid.name(), group.getKey(), group.getValue()));
        }
        return IndicatorResult.computed(metadata(), values,
                children.stream().map(r -> CountedRecord.of(r, true, false)).toList());
    }
}
