package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.Field.FFA_PLACEMENT_DATE;
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
        id = "ADO-09",
        title = "Children placed for adoption after a fostering for adoption or concurrent planning placement",
        definition = "Of the children on List 10 placed for adoption in the 12 months ending on the period end (Date"
                + " Placed for Adoption after the date 12 months before the period end, up to and including it), the"
                + " percentage who had first been placed in a fostering for adoption (FFA) or concurrent planning"
                + " placement: a Date the child was placed for fostering in FFA or concurrent planning placement on"
                + " or before the date placed for adoption. An FFA date after the adoptive placement does not count."
                + " The numerator is the number of such children placed in the window. Records are counted.",
        numerator = "children placed for adoption in the window who had been placed FFA or concurrent first",
        denominator = "children placed for adoption in the window",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTION,
        fields = {PLACED_FOR_ADOPTION_DATE, FFA_PLACEMENT_DATE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.DON)
public class PlacedAfterFosteringForAdoptionOrConcurrentPlanning extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord child, IndicatorContext context) {
        return context.period().lastMonths(12).contains(child.date(PLACED_FOR_ADOPTION_DATE));
    }

    @Override
    protected boolean inNumerator(TableRecord child, IndicatorContext context) {
        LocalDate fosteringForAdoption = child.date(FFA_PLACEMENT_DATE);
        return fosteringForAdoption != null && !fosteringForAdoption.isAfter(child.date(PLACED_FOR_ADOPTION_DATE));
    }
}
