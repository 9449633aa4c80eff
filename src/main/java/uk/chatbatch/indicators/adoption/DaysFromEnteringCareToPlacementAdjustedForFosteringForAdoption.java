package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.ENTERED_CARE_DATE;
import static uk.chatbatch.annexa.Field.FFA_PLACEMENT_DATE;
import static uk.chatbatch.annexa.Field.PLACED_FOR_ADOPTION_DATE;

import java.time.LocalDate;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ADO-03",
        twin = "ADO-03-903",
        title = "A10: days from entering care to moving in with the family that adopted, adjusted",
        definition = "As ADO-01 (A1), but the clock stops when the child moved in with the family that went on to"
                + " adopt, as the adoption scorecard's A10: for the children on List 10 adopted in the 12 months"
                + " ending on the period end, the mean number of calendar days from the Date the Child Entered Care"
                + " to the Date the child was placed for fostering in FFA or concurrent planning placement when that"
                + " date is recorded, and otherwise to the Date Placed for Adoption. Annex A records no other"
                + " foster-carer adoption, so a child adopted by an ordinary foster carer is measured to the date"
                + " placed for adoption. A child with no end date, or whose end date is before entering care (a"
                + " data error), is not measured. The mean, not the median. The scorecard's last threshold was 426"
                + " days. The numerator is the number of children measured. Records are counted.",
        numerator = "children adopted in the window with a date entered care and a placement date",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTION,
        fields = {ADOPTION_ORDER_DATE, ENTERED_CARE_DATE, FFA_PLACEMENT_DATE, PLACED_FOR_ADOPTION_DATE},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class DaysFromEnteringCareToPlacementAdjustedForFosteringForAdoption extends MeanCalendarDays {

    @Override
    protected boolean inPopulation(TableRecord child, IndicatorContext context) {
        return Adopted.inWindow(child, context);
    }

    @Override
    protected LocalDate from(TableRecord child) {
        return child.date(ENTERED_CARE_DATE);
    }

    @Override
    protected LocalDate to(TableRecord child) {
        LocalDate fosteringForAdoption = child.date(FFA_PLACEMENT_DATE);
        return fosteringForAdoption != null ? fosteringForAdoption : child.date(PLACED_FOR_ADOPTION_DATE);
    }
}
