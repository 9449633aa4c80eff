package uk.chatbatch.indicators.careleavers;

import static uk.chatbatch.annexa.Field.ACCOMMODATION_TYPE;
import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;

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

/**
 * A mix, so the rows matter more than the headline: each type's share, for all care leavers and within each
 * DfE age group. A breakdown per age group keeps the dataset one row per indicator × breakdown value.
 */
@IndicatorDefinition(
        id = "CL-06",
        title = "Care leavers by type of accommodation",
        definition = "The mix of accommodation of the young people on List 9 at the period end. The headline is the"
                + " percentage whose Type of Accommodation is recorded (a recognised code), since the mix is only"
                + " as good as that. The breakdown 'accommodation type' gives each type (B parents or relatives, C"
                + " community home, D semi-independent, E supported lodgings, ... Z with former foster carers,"
                + " unknown for blank or unrecognised) as a percentage of all care leavers on the list, adding up to"
                + " 100. The breakdowns 'accommodation type, aged 17 to 18', '..., aged 19 to 21' and '..., aged 22"
                + " to 25' give the same within each DfE care-leaver age group at the period end, age being"
                + " completed years from the Date of Birth, or the supplied Age of Child (Years) when the date of"
                + " birth is blank; young people under 17, over 25 or of unknown age appear only in the all-ages"
                + " mix. Records are counted; List 9 has one row per young person.",
        numerator = "care leavers whose type of accommodation is recorded",
        denominator = "care leavers on List 9",
        window = "at the period end",
        source = AnnexAList.CARE_LEAVERS,
        fields = {ACCOMMODATION_TYPE, DATE_OF_BIRTH, AGE},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("accommodation type"),
                @By("accommodation type, aged 17 to 18"),
                @By("accommodation type, aged 19 to 21"),
                @By("accommodation type, aged 22 to 25")})
public class CareLeaversByAccommodationType implements Indicator {

    static final List<String> AGE_GROUPS = List.of(CareLeaverAgeGroups.AGED_17_TO_18,
            CareLeaverAgeGroups.AGED_19_TO_21, CareLeaverAgeGroups.AGED_22_TO_25);

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        LocalDate periodEnd = context.period().periodEnd();
        List<TableRecord> careLeavers = data.rows(AnnexAList.CARE_LEAVERS);
        List<CountedRecord> counted = new ArrayList<>();
        long recorded = 0;
        for (TableRecord careLeaver : careLeavers) {
            boolean in = careLeaver.text(ACCOMMODATION_TYPE) != null;
            recorded += in ? 1 : 0;
            counted.add(CountedRecord.of(careLeaver, in, true));
        }
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, recorded, careLeavers.size()));
        values.addAll(PercentOfCareLeavers19To21.shareOf(Breakdown.code("accommodation type", ACCOMMODATION_TYPE),
                careLeavers));
        for (String ageGroup : AGE_GROUPS) {
            List<TableRecord> inGroup = careLeavers.stream()
                    .filter(r -> ageGroup.equals(CareLeaverAgeGroups.group(r, periodEnd))).toList();
            values.addAll(PercentOfCareLeavers19To21.shareOf(
                    Breakdown.code("accommodation type, aged " + ageGroup, ACCOMMODATION_TYPE), inGroup));
        }
        return IndicatorResult.computed(metadata(), values, counted);
    }
}
