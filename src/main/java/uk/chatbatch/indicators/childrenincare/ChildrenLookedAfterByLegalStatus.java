package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.LEGAL_STATUS;

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
        id = "CLA-05",
        title = "Children looked after by legal status",
        definition = "The children looked after at the period end (List 8 Date Started to be Looked After on or before"
                + " the period end, and no Date Ceased to be Looked After or one after it), counted by Child's Legal"
                + " Status: C1 interim care order, C2 full care order, D1 freeing order, E1 placement order, V2"
                + " section 20, V3 and V4 short breaks, L1 to L3 police protection, emergency protection and child"
                + " assessment orders, J1 to J3 youth justice, then unknown for a status that was blank or not"
                + " recognised. Every status is shown, zero included; each status's share is its count divided by"
                + " the whole count. Records are counted, not distinct children.",
        numerator = "children looked after at the period end",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, LEGAL_STATUS},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("legal status")})
public class ChildrenLookedAfterByLegalStatus extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord child, IndicatorContext context) {
        return LookedAfter.atPeriodEnd(child, context.period());
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.code("legal status", LEGAL_STATUS));
    }
}
