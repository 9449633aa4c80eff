package uk.chatbatch.indicators.earlyhelp;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.GENDER;

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
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "EH-01",
        title = "Early help assessments started",
        definition = "The number of early help assessment records in List 2 whose Assessment start date is in the six"
                + " months ending on the period end: after the date six months before the period end, up to and"
                + " including the period end. List 2 also holds current early help interventions whose assessment"
                + " started earlier; those are not counted. Records are counted, not children (EH-01C counts the"
                + " children). Also shown by calendar month of the start date (the first month is usually partial),"
                + " by DfE age band at the start date (from the Date of Birth, else the Age of Child supplied), and by"
                + " gender (male, female, other or unknown); every group is shown, zero included.",
        numerator = "early help assessments starting in the window",
        window = "six months ending on the period end",
        source = AnnexAList.EARLY_HELP,
        fields = {EH_ASSESSMENT_START_DATE, DATE_OF_BIRTH, AGE, GENDER},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "month", kind = BreakdownKind.MONTH), @By("age band"), @By("gender")})
public class EarlyHelpAssessmentsStarted extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord assessment, IndicatorContext context) {
        return context.period().inWindow(assessment.date(EH_ASSESSMENT_START_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.month(EH_ASSESSMENT_START_DATE, context.period()),
                Breakdown.ageBand(r -> r.date(EH_ASSESSMENT_START_DATE)));
    }
}
