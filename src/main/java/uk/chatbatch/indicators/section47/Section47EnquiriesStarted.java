package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.Field.S47_START_DATE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
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
        id = "S47-01",
        population = PopulationRule.DATED_IN_WINDOW,
        twin = "S47-01-CIN",
        title = "Section 47 enquiries started",
        definition = "The number of section 47 enquiry records in List 5 whose Strategy discussion initiating Section"
                + " 47 Enquiry Start Date is in the six months ending on the period end: after the date six months"
                + " before the period end, up to and including the period end. Open and finished enquiries both"
                + " count. Records (enquiries) are counted, not children.",
        numerator = "section 47 enquiries starting in the window",
        window = "six months ending on the period end",
        source = AnnexAList.SECTION_47,
        fields = {S47_START_DATE, Field.DATE_OF_BIRTH, Field.AGE, Field.ALLOCATED_TEAM},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "month", kind = BreakdownKind.MONTH),
                @By("age band"),
                @By(value = "team", kind = BreakdownKind.STAFF)})
public class Section47EnquiriesStarted extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord enquiry, IndicatorContext context) {
        return context.period().inWindow(enquiry.date(S47_START_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.month(S47_START_DATE, context.period()), Breakdown.ageBand(r -> r.date(S47_START_DATE)));
    }
}
