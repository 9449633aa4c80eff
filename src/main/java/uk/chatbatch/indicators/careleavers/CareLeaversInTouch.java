package uk.chatbatch.indicators.careleavers;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.LA_IN_TOUCH;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CL-02",
        twin = "CL-02-903",
        headline = true,
        title = "Care leavers aged 19 to 21 the local authority is in touch with",
        definition = "Of the young people on List 9 aged 19 to 21 at the period end, the percentage whose LA in"
                + " Touch is Yes. Every other value counts as not in touch and stays in the denominator: No,"
                + " Refuses contact, No longer requires services, Returned home, Died, and a blank or unrecognised"
                + " value, as in DfE's care-leaver tables. Age is completed years at the period end from the Date"
                + " of Birth, or the supplied Age of Child (Years) when the date of birth is blank; a young person"
                + " of unknown age is in no age group. DfE measures around the young person's birthday; Annex A"
                + " gives one snapshot, so the period end is used. Also shown for every care-leaver age group"
                + " (under 17, 17 to 18, 19 to 21, 22 to 25, 26 and over, unknown): the percentage in touch within"
                + " each. Records are counted; List 9 has one row per young person.",
        numerator = "care leavers aged 19 to 21 whose LA in Touch is Yes",
        denominator = "care leavers aged 19 to 21",
        window = "at the period end",
        source = AnnexAList.CARE_LEAVERS,
        fields = {LA_IN_TOUCH, DATE_OF_BIRTH, AGE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("age group")})
public class CareLeaversInTouch extends PercentOfCareLeavers19To21 {

    @Override
    protected boolean inNumerator(TableRecord careLeaver) {
        return careLeaver.is(LA_IN_TOUCH, "YES");
    }

    @Override
    protected List<IndicatorValue> breakdownRows(List<TableRecord> careLeavers, List<TableRecord> aged19To21,
                                                 LocalDate periodEnd) {
        return percentByAgeGroup(careLeavers, periodEnd);
    }
}
