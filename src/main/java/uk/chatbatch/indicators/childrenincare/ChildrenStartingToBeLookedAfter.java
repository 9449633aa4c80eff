package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CATEGORY_OF_NEED;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.CLA_SUBSEQUENT_PERIOD;
import static uk.chatbatch.annexa.Field.LEGAL_STATUS;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CLA-02",
        population = PopulationRule.DATED_IN_WINDOW,
        twin = "CLA-02-903",
        title = "Children starting to be looked after",
        definition = "The number of List 8 records whose Date Started to be Looked After is in the six months ending on"
                + " the period end: after the date six months before the period end, up to and including the period"
                + " end. Children who started and ceased within the window count. Shown by calendar month of start"
                + " (the window's first month is usually part of a month); by Child's Category of Need (N1 to N8 and"
                + " any N9 or N0 sent, then unknown); by Child's Legal Status, which is the legal status at the"
                + " extract and not necessarily the one the child started with; and by Is this a second or subsequent"
                + " period of being looked after within the last 12 months (Yes, No, unknown), whose Yes row over the"
                + " whole count is the catalogue's percentage of second or subsequent periods. Records (periods of"
                + " care) are counted, not distinct children.",
        numerator = "periods of care starting in the window",
        window = "six months ending on the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CATEGORY_OF_NEED, LEGAL_STATUS, CLA_SUBSEQUENT_PERIOD},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.TRD,
        breakdowns = {@By(value = "month", kind = BreakdownKind.MONTH),
                @By("category of need"),
                @By("legal status"),
                @By("second or subsequent period")})
public class ChildrenStartingToBeLookedAfter extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord child, IndicatorContext context) {
        return context.period().inWindow(child.date(CLA_START_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.month(CLA_START_DATE, context.period()),
                Breakdown.code("category of need", CLA_CATEGORY_OF_NEED),
                Breakdown.code("legal status", LEGAL_STATUS),
                Breakdown.code("second or subsequent period", CLA_SUBSEQUENT_PERIOD));
    }
}
