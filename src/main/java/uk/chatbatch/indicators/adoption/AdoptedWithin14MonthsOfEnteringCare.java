package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.ENTERED_CARE_DATE;
import static uk.chatbatch.annexa.Field.PLACED_FOR_ADOPTION_DATE;

import java.time.LocalDate;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ADO-04",
        title = "A3: children adopted who moved in with adopters within 14 months of entering care",
        definition = "Of the children on List 10 adopted in the 12 months ending on the period end (Date of"
                + " Adoption Order after the date 12 months before the period end, up to and including it), the"
                + " percentage whose Date Placed for Adoption is within 426 calendar days of the Date the Child"
                + " Entered Care, as the adoption scorecard's A3: 426 days is in time, 427 is not. A child placed"
                + " before entering care (a data error) is left out of both the numerator and the denominator; a"
                + " child with either date blank stays in the denominator and is not counted as in time. Records"
                + " are counted.",
        numerator = "children adopted in the window placed for adoption within 426 days of entering care",
        denominator = "children adopted in the window, other than any placed before entering care",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTION,
        fields = {ADOPTION_ORDER_DATE, ENTERED_CARE_DATE, PLACED_FOR_ADOPTION_DATE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.DON)
public class AdoptedWithin14MonthsOfEnteringCare extends PercentOfRecords {

    static final int DAYS_ALLOWED = 426;

    @Override
    protected boolean inDenominator(TableRecord child, IndicatorContext context) {
        LocalDate entered = child.date(ENTERED_CARE_DATE);
        LocalDate placed = child.date(PLACED_FOR_ADOPTION_DATE);
        boolean placedBeforeEntering = entered != null && placed != null && placed.isBefore(entered);
        return Adopted.inWindow(child, context) && !placedBeforeEntering;
    }

    @Override
    protected boolean inNumerator(TableRecord child, IndicatorContext context) {
        Long days = MeanCalendarDays.days(child.date(ENTERED_CARE_DATE), child.date(PLACED_FOR_ADOPTION_DATE));
        return days != null && days <= DAYS_ALLOWED;
    }
}
