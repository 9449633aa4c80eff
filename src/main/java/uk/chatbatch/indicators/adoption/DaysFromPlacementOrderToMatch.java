package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.MATCHING_DATE;
import static uk.chatbatch.annexa.Field.PLACEMENT_ORDER_DATE;

import java.time.LocalDate;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ADO-02",
        twin = "ADO-02-903",
        headline = true,
        title = "A2: days from placement order to match with adopters",
        definition = "For the children on List 10 adopted in the 12 months ending on the period end (Date of"
                + " Adoption Order after the date 12 months before the period end, up to and including it) who have"
                + " a Date of Placement Order and a Date of Matching Child and Prospective Adopters, the mean number"
                + " of calendar days from the placement order to the match, as the adoption scorecard's A2. A child"
                + " matched on or before the day of the placement order counts as 0 days. A child adopted without a"
                + " placement order date (for example placed with parental consent) or without a matching date is"
                + " not measured. The mean, not the median. The scorecard's last threshold was 121 days (4 months):"
                + " a mean above it is worse. The numerator is the number of children measured. Records are"
                + " counted.",
        numerator = "children adopted in the window with a placement order and a match",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTION,
        fields = {ADOPTION_ORDER_DATE, PLACEMENT_ORDER_DATE, MATCHING_DATE},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class DaysFromPlacementOrderToMatch extends MeanCalendarDays {

    @Override
    protected boolean inPopulation(TableRecord child, IndicatorContext context) {
        return Adopted.inWindow(child, context);
    }

    @Override
    protected LocalDate from(TableRecord child) {
        return child.date(PLACEMENT_ORDER_DATE);
    }

    /** A match before the placement order is 0 days, not negative. */
    @Override
    protected LocalDate to(TableRecord child) {
        LocalDate order = child.date(PLACEMENT_ORDER_DATE);
        LocalDate match = child.date(MATCHING_DATE);
        return order != null && match != null && match.isBefore(order) ? order : match;
    }
}
