package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.Field.ICPC_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "S47-06",
        title = "Initial child protection conferences held",
        definition = "The number of section 47 enquiry records in List 5 whose Date of Initial Child Protection"
                + " Conference is in the six months ending on the period end: after the date six months before the"
                + " period end, up to and including the period end. Any conference date in the window counts as a"
                + " conference held, whatever the answer to 'Was an ICPC deemed unnecessary?', as S47-03 counts"
                + " them. Because List 5 holds the enquiries of the last six months, a conference in the window"
                + " whose enquiry started earlier is counted only if the LA included that enquiry. Records are"
                + " counted, not children. The catalogue's rate per 10,000 is not given here: it would need an id of"
                + " its own.",
        numerator = "ICPCs held in the window",
        window = "six months ending on the period end",
        source = AnnexAList.SECTION_47,
        fields = {ICPC_DATE},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class IcpcsHeld extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord enquiry, IndicatorContext context) {
        return context.period().inWindow(enquiry.date(ICPC_DATE));
    }
}
