package uk.chatbatch.indicators.earlyhelp;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.ETHNICITY;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.frontdoor.SharesOfRecords;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "EH-06",
        title = "Ethnicity of children with early help",
        definition = "Of the distinct children (by Child Unique ID) with an early help assessment in List 2 whose"
                + " Assessment start date is in the six months ending on the period end, the percentage in each"
                + " ethnic group: White, Mixed, Asian, Black, Other (Chinese included, as DfE historically grouped"
                + " it), Refused or not obtained, and unknown for a blank or unrecognised Ethnicity; also by"
                + " ethnicity code. Each child counts once, with the Ethnicity on their latest assessment starting in"
                + " the window. Each breakdown adds up to 100% of the children; every group is shown, zero included.",
        numerator = "children with early help starting in the window, in the ethnic group",
        denominator = "children with an early help assessment starting in the window",
        window = "six months ending on the period end",
        source = AnnexAList.EARLY_HELP,
        fields = {CHILD_ID, EH_ASSESSMENT_START_DATE, ETHNICITY},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.ETH,
        breakdowns = {@By(value = "ethnic group", kind = BreakdownKind.ETHNICITY),
                @By(value = "ethnicity", kind = BreakdownKind.ETHNICITY)})
public class EthnicityOfEarlyHelpChildren extends SharesOfRecords {

    @Override
    protected boolean counts(TableRecord assessment, IndicatorContext context) {
        return context.period().inWindow(assessment.date(EH_ASSESSMENT_START_DATE));
    }

    @Override
    protected boolean perChild() {
        return true;
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.ethnicGroup(), Breakdown.ethnicity());
    }
}
