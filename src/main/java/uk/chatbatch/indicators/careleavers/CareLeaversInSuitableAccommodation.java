package uk.chatbatch.indicators.careleavers;

import static uk.chatbatch.annexa.Field.ACCOMMODATION_SUITABILITY;
import static uk.chatbatch.annexa.Field.ACCOMMODATION_TYPE;
import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CL-05",
        twin = "CL-05-903",
        headline = true,
        title = "Care leavers aged 19 to 21 in suitable accommodation",
        definition = "Of the young people on List 9 aged 19 to 21 at the period end, the percentage whose"
                + " Suitability of Accommodation is Suitable. The denominator is every care leaver of that age:"
                + " Unsuitable, and a blank or unrecognised suitability (for example for a young person not in"
                + " touch), count as not suitable. Age is completed years at the period end from the Date of Birth,"
                + " or the supplied Age of Child (Years) when the date of birth is blank. Also shown by Type of"
                + " Accommodation: of the care leavers aged 19 to 21 in each type (unknown for blank or"
                + " unrecognised), the percentage whose accommodation is suitable. Records are counted; List 9 has"
                + " one row per young person.",
        numerator = "care leavers aged 19 to 21 in accommodation judged suitable",
        denominator = "care leavers aged 19 to 21",
        window = "at the period end",
        source = AnnexAList.CARE_LEAVERS,
        fields = {ACCOMMODATION_SUITABILITY, ACCOMMODATION_TYPE, DATE_OF_BIRTH, AGE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("accommodation type")})
public class CareLeaversInSuitableAccommodation extends PercentOfCareLeavers19To21 {

    @Override
    protected boolean inNumerator(TableRecord careLeaver) {
        return careLeaver.is(ACCOMMODATION_SUITABILITY, "Suitable");
    }

    @Override
    protected List<IndicatorValue> breakdownRows(List<TableRecord> careLeavers, List<TableRecord> aged19To21,
                                                 LocalDate periodEnd) {
        return percentWithin(Breakdown.code("accommodation type", ACCOMMODATION_TYPE), aged19To21,
                this::inNumerator);
    }
}
