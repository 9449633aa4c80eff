package uk.chatbatch.indicators.careleavers;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.ELIGIBILITY_CATEGORY;
import static uk.chatbatch.annexa.Field.GENDER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
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
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/** Not a {@link uk.chatbatch.indicators.CountOfRecords}: its age breakdowns are taken at the period end. */
@IndicatorDefinition(
        id = "CL-01",
        title = "Care leavers open at the period end",
        definition = "The number of young people on List 9, which holds those entitled to leaving-care services at"
                + " the period end (relevant, former relevant, qualifying and eligible). Every row counts; the list"
                + " has one row per young person, and a repeated Child Unique ID is reported by the data-quality"
                + " checks, not removed here. Shown by the DfE care-leaver age groups at the period end (under 17,"
                + " 17 to 18, 19 to 21, 22 to 25, 26 and over), age being completed years from the Date of Birth,"
                + " or the supplied Age of Child (Years) when the date of birth is blank, and unknown when both are"
                + " blank or the date of birth is after the period end; by Eligibility Category (unknown when blank"
                + " or not a recognised category); by gender (male, female, other or unknown); and by single year"
                + " of age at the period end, for the age and sex pyramid. Every group is shown, zero included.",
        numerator = "care leavers on List 9",
        window = "at the period end",
        source = AnnexAList.CARE_LEAVERS,
        fields = {CHILD_ID, ELIGIBILITY_CATEGORY, DATE_OF_BIRTH, AGE, GENDER},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By("age group"), @By("eligibility category"), @By("gender"), @By("age")})
public class CareLeaversAtPeriodEnd implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        LocalDate periodEnd = context.period().periodEnd();
        List<TableRecord> careLeavers = data.rows(AnnexAList.CARE_LEAVERS);
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, careLeavers.size()));
        for (Breakdown<TableRecord> breakdown : List.of(CareLeaverAgeGroups.breakdown(periodEnd),
                Breakdown.code("eligibility category", ELIGIBILITY_CATEGORY), Breakdown.gender(),
                Breakdown.singleYearOfAge(r -> periodEnd))) {
            breakdown.tally(careLeavers).forEach((group, n) ->
                    values.add(IndicatorValue.count(breakdown.name(), group, n)));
        }
        return IndicatorResult.computed(metadata(), values,
                careLeavers.stream().map(r -> CountedRecord.of(r, true, false)).toList());
    }
}
