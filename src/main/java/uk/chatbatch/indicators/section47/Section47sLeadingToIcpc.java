package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ICPC_DATE;
import static uk.chatbatch.annexa.Field.ICPC_UNNECESSARY;
import static uk.chatbatch.annexa.Field.S47_START_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

/**
 * The catalogue's [decision] here is the method (follow each enquiry, rather than dividing the window's
 * conferences by the window's enquiries as DfE's year counts do); only the cohort method is implemented.
 */
@IndicatorDefinition(
        id = "S47-02",
        twin = "S47-02-CIN",
        title = "Section 47 enquiries leading to an initial child protection conference",
        definition = "Of the section 47 enquiry records in List 5 whose Strategy discussion initiating Section 47"
                + " Enquiry Start Date is in the six months ending on the period end, the percentage that led to an"
                + " initial child protection conference (ICPC): a Date of Initial Child Protection Conference on or"
                + " after the strategy discussion and on or before the period end, and 'Was an Initial Child"
                + " Protection Conference deemed unnecessary?' not Yes (blank counts as not unnecessary). Each"
                + " enquiry is followed to its own outcome (a cohort), so enquiries started near the period end have"
                + " had less time to reach a conference; DfE's published figure instead divides a year's conferences"
                + " by its enquiries. A conference dated before its strategy discussion is a data error and does not"
                + " count, but the enquiry stays in the denominator. Also shown by Allocated Team (blank or rejected"
                + " as unallocated), each row the percentage within that team. Records are counted, not children.",
        numerator = "section 47 enquiries starting in the window that led to an ICPC",
        denominator = "section 47 enquiries starting in the window",
        window = "six months ending on the period end; conferences up to the period end",
        source = AnnexAList.SECTION_47,
        fields = {S47_START_DATE, ICPC_DATE, ICPC_UNNECESSARY, ALLOCATED_TEAM},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.DON,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF)})
public class Section47sLeadingToIcpc extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord enquiry, IndicatorContext context) {
        return context.period().inWindow(enquiry.date(S47_START_DATE));
    }

    @Override
    protected boolean inNumerator(TableRecord enquiry, IndicatorContext context) {
        LocalDate conference = enquiry.date(ICPC_DATE);
        return conference != null && !conference.isBefore(enquiry.date(S47_START_DATE))
                && !conference.isAfter(context.period().periodEnd()) && !enquiry.is(ICPC_UNNECESSARY, "Yes");
    }
}
