package uk.chatbatch.indicators.earlyhelp;

import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.EH_ORGANISATION;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.frontdoor.SharesOfRecords;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "EH-03",
        title = "Early help assessments by organisation completing them",
        definition = "Of the early help assessment records in List 2 whose Assessment start date is in the six months"
                + " ending on the period end (the assessments EH-01 counts), the percentage by Organisation"
                + " completing assessment. Organisations are free text, shown as the LA wrote them and sorted by"
                + " name (spellings are not merged); a blank organisation is unknown. Each row gives that"
                + " organisation's assessments out of all assessments started in the window, so the rows add up to"
                + " 100%. Records are counted, not children.",
        numerator = "early help assessments starting in the window, by the organisation",
        denominator = "early help assessments starting in the window",
        window = "six months ending on the period end",
        source = AnnexAList.EARLY_HELP,
        fields = {EH_ASSESSMENT_START_DATE, EH_ORGANISATION},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("organisation")})
public class EarlyHelpByOrganisation extends SharesOfRecords {

    @Override
    protected boolean counts(TableRecord assessment, IndicatorContext context) {
        return context.period().inWindow(assessment.date(EH_ASSESSMENT_START_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Organisations.breakdown());
    }
}
