package uk.chatbatch.indicators.childreninneed;

import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_REASON;

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
        id = "CIN-05",
        title = "Children in need episodes closed, by reason",
        definition = "The children in need episodes in List 6 whose CIN Closure Date is in the six months ending on the"
                + " period end (after the date six months before the period end, up to and including the period"
                + " end), counted by Reason for Closure: RC1 to RC9 (RC9, closed after assessment and referred to"
                + " early help, is new in the current Annex A), then unknown for a reason that was blank or not"
                + " recognised. Every reason is shown, zero included; each reason's share is its count divided by"
                + " the whole count. Every closure dated in the window counts, including one dated before its CIN"
                + " Start Date and one whose CIN Start Date is blank (the template allows it). Episode records are counted, not children.",
        numerator = "children in need episodes closed in the window",
        window = "six months ending on the period end",
        source = AnnexAList.CHILDREN_IN_NEED,
        fields = {CIN_CLOSURE_DATE, CIN_CLOSURE_REASON},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("reason for closure")})
public class ChildInNeedClosuresByReason extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord episode, IndicatorContext context) {
        return context.period().inWindow(episode.date(CIN_CLOSURE_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.code("reason for closure", CIN_CLOSURE_REASON));
    }
}
