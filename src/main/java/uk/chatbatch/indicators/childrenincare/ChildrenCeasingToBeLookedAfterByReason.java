package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_REASON_CEASED;

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
        id = "CLA-03",
        twin = "CLA-03-903",
        title = "Children ceasing to be looked after, by reason",
        definition = "The List 8 records whose Date Ceased to be Looked After is in the six months ending on the period"
                + " end (after the date six months before the period end, up to and including the period end),"
                + " counted by Reason Ceased to be Looked After, each SSDA903 reason code (E11 and E12 adopted, E2"
                + " died, E3 another LA, E4A and E4B returned home, E13, E41 child arrangements order, E45 to E48"
                + " special guardianship, legacy E43 and E44, E5 and E6 independent living, E7, E9, E14 to E17, E8"
                + " and X1), then unknown for a reason that was blank or not recognised. Every code is shown, zero"
                + " included; each code's share is its count divided by the whole count. Every date ceased in the"
                + " window counts. Records (periods of care ending) are counted, not distinct children.",
        numerator = "periods of care ending in the window",
        window = "six months ending on the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_CEASED_DATE, CLA_REASON_CEASED},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("reason ceased")})
public class ChildrenCeasingToBeLookedAfterByReason extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord child, IndicatorContext context) {
        return context.period().inWindow(child.date(CLA_CEASED_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.code("reason ceased", CLA_REASON_CEASED));
    }
}
