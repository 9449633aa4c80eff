package uk.chatbatch.indicators.careleavers;

import static uk.chatbatch.annexa.Field.ACTIVITY_STATUS;
import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.CodeSets;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CL-03",
        twin = "CL-03-903",
        title = "Care leavers aged 19 to 21 in education, employment or training",
        definition = "Of the young people on List 9 aged 19 to 21 at the period end, the percentage whose Activity"
                + " Status is education, employment or training: higher education (F1, P1), other education (F2,"
                + " P2), apprenticeships (F4, P4), other training or employment (F5, P5), or the older training or"
                + " employment codes (F3, P3), full or part time. As in DfE's measure the denominator is every"
                + " care leaver of that age, including those not in touch and those whose activity is blank or not"
                + " a recognised code. Age is completed years at the period end from the Date of Birth, or the"
                + " supplied Age of Child (Years) when the date of birth is blank. Also shown for every care-leaver"
                + " age group (the percentage in education, employment or training within each) and by activity:"
                + " each Activity Status code's share of all care leavers aged 19 to 21, unknown for blank or"
                + " unrecognised, so the activity rows add up to 100. Records are counted; List 9 has one row per"
                + " young person.",
        numerator = "care leavers aged 19 to 21 in education, employment or training",
        denominator = "care leavers aged 19 to 21",
        window = "at the period end",
        source = AnnexAList.CARE_LEAVERS,
        fields = {ACTIVITY_STATUS, DATE_OF_BIRTH, AGE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("age group"), @By("activity")})
public class CareLeaversInEducationEmploymentOrTraining extends PercentOfCareLeavers19To21 {

    @Override
    protected boolean inNumerator(TableRecord careLeaver) {
        String activity = careLeaver.text(ACTIVITY_STATUS);
        return activity != null && CodeSets.IN_EDUCATION_EMPLOYMENT_OR_TRAINING.contains(activity);
    }

    @Override
    protected List<IndicatorValue> breakdownRows(List<TableRecord> careLeavers, List<TableRecord> aged19To21,
                                                 LocalDate periodEnd) {
        List<IndicatorValue> rows = new ArrayList<>(percentByAgeGroup(careLeavers, periodEnd));
        rows.addAll(shareOf(Breakdown.code("activity", ACTIVITY_STATUS), aged19To21));
        return rows;
    }
}
