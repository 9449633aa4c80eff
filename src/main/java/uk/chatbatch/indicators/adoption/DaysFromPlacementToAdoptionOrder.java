package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
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
        id = "ADO-10",
        title = "Days from placement for adoption to adoption order",
        definition = "For the children on List 10 adopted in the 12 months ending on the period end (Date of"
                + " Adoption Order after the date 12 months before the period end, up to and including it), the"
                + " mean number of calendar days from the Date Placed for Adoption to the Date of Adoption Order."
                + " The mean, not the median. A child with no placement date, or with an adoption order before the"
                + " placement (a data error), is not measured. The numerator is the number of children measured."
                + " Records are counted.",
        numerator = "children adopted in the window with a placement date on or before the order",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTION,
        fields = {PLACED_FOR_ADOPTION_DATE, ADOPTION_ORDER_DATE},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class DaysFromPlacementToAdoptionOrder extends MeanCalendarDays {

    @Override
    protected boolean inPopulation(TableRecord child, IndicatorContext context) {
        return Adopted.inWindow(child, context);
    }

    @Override
    protected LocalDate from(TableRecord child) {
        return child.date(PLACED_FOR_ADOPTION_DATE);
    }

    @Override
    protected LocalDate to(TableRecord child) {
        return child.date(ADOPTION_ORDER_DATE);
    }
}
