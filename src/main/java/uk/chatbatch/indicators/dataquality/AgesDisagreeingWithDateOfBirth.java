package uk.chatbatch.indicators.dataquality;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.checks.AgeDisagreesWithDateOfBirth;
import uk.chatbatch.checks.DataQualityChecks;
import uk.chatbatch.checks.Finding;
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
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.input.InputData;

/** Reads Lists 1 to 10, though its metadata can name only one source: List 1. */
@IndicatorDefinition(
        id = "DQ-02",
        title = "Rows whose supplied age disagrees with the date of birth",
        definition = "The number of clean rows on Lists 1 to 10 whose Age of Child (Years), after ingest truncates"
                + " it to whole years, disagrees with the Date of Birth. " + AgeDisagreesWithDateOfBirth.RULE + "."
                + " A 29 February birthday is reached on 1 March. Rows without both a date of birth and an age, or born after the event or the"
                + " period end, are not compared. The rule is the data-quality check's, which lists each row in the"
                + " issues dataset. Shown for each list. Computed over every list supplied, but reported as not"
                + " computed when List 1 is not supplied.",
        numerator = "rows whose supplied age is not the age from the date of birth",
        window = "as each list was supplied",
        source = AnnexAList.CONTACTS,
        fields = {AGE, DATE_OF_BIRTH, DATE_OF_CONTACT},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.SRC,
        breakdowns = {@By("list")})
public class AgesDisagreeingWithDateOfBirth implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<Finding> found = DataQualityChecks.findings(data, context.period(),
                Set.of(IssueCode.AGE_DISAGREES_WITH_DATE_OF_BIRTH));
        Map<AnnexAList, Long> byList = new LinkedHashMap<>();
        for (AnnexAList list : AnnexAList.values()) {
            if (list.has(AGE)) {
                byList.put(list, 0L);
            }
        }
        found.forEach(f -> byList.merge(f.list(), 1L, Long::sum));
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, found.size()));
        byList.forEach((list, n) -> values.add(IndicatorValue.count("list", list.label(), n)));
        return IndicatorResult.computed(metadata(), values,
                found.stream().map(f -> CountedRecord.of(f.record(), true, false)).toList());
    }
}
