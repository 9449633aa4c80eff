package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.Field.NO_LONGER_PLACED_DECISION_DATE;
import static uk.chatbatch.annexa.Field.NO_LONGER_PLACED_REASON;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ADO-08",
        title = "Plans changed away from adoption",
        definition = "The number of rows on List 10 whose Date of Decision that Child Should No Longer be Placed for"
                + " Adoption is in the 12 months ending on the period end (after the date 12 months before it, up to"
                + " and including it), by Reason Why Child No Longer Placed for Adoption: RD1 the child's needs"
                + " changed, RD2 the court did not make a placement order, RD3 prospective adopters could not be"
                + " found, RD4 any other reason, and unknown when the reason is blank or not a recognised code."
                + " Every reason is shown, zero included. Records are counted.",
        numerator = "decisions no longer to place for adoption in the window",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTION,
        fields = {NO_LONGER_PLACED_DECISION_DATE, NO_LONGER_PLACED_REASON},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.SRC,
        breakdowns = {@By("reason")})
public class DecisionsNoLongerToPlaceForAdoption extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord child, IndicatorContext context) {
        return context.period().lastMonths(12).contains(child.date(NO_LONGER_PLACED_DECISION_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.code("reason", NO_LONGER_PLACED_REASON));
    }
}
