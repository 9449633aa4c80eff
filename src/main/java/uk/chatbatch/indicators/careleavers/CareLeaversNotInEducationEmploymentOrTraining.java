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
        id = "CL-04",
        headline = true,
        title = "Care leavers aged 19 to 21 not in education, employment or training",
        definition = "Of the young people on List 9 aged 19 to 21 at the period end, the percentage whose Activity"
                + " Status is one of the NEET codes: G4 (illness or disability), G5 (other) or G6 (pregnancy or"
                + " parenting). The denominator is every care leaver of that age, including those not in touch and"
                + " those whose activity is blank or not a recognised code (who are not counted as NEET), so this"
                + " and CL-03 need not add up to 100. Age is completed years at the period end from the Date of"
                + " Birth, or the supplied Age of Child (Years) when the date of birth is blank. Also shown by"
                + " reason: G4, G5 and G6 each as a share of all care leavers aged 19 to 21, so the three add up to"
                + " the headline. Records are counted; List 9 has one row per young person.",
        numerator = "care leavers aged 19 to 21 whose activity is G4, G5 or G6",
        denominator = "care leavers aged 19 to 21",
        window = "at the period end",
        source = AnnexAList.CARE_LEAVERS,
        fields = {ACTIVITY_STATUS, DATE_OF_BIRTH, AGE},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("reason")})
public class CareLeaversNotInEducationEmploymentOrTraining extends PercentOfCareLeavers19To21 {

    static final List<String> NEET = CodeSets.NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING;

    @Override
    protected boolean inNumerator(TableRecord careLeaver) {
        String activity = careLeaver.text(ACTIVITY_STATUS);
        return activity != null && NEET.contains(activity);
    }

    @Override
    protected List<IndicatorValue> breakdownRows(List<TableRecord> careLeavers, List<TableRecord> aged19To21,
                                                 LocalDate periodEnd) {
        Breakdown<TableRecord> reason = new Breakdown<TableRecord>("reason", NEET, r -> r.text(ACTIVITY_STATUS));
        List<IndicatorValue> rows = new ArrayList<>();
        reason.tally(aged19To21.stream().filter(this::inNumerator).toList()).forEach((code, n) ->
                rows.add(IndicatorValue.percent(reason.name(), code, n, aged19To21.size())));
        return rows;
    }
}
