package uk.chatbatch.indicators.earlyhelp;

import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_COMPLETION_DATE;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.EH_ORGANISATION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import uk.chatbatch.indicators.assessment.MedianDaysOfRecords;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "EH-02",
        title = "Early help assessments completed, and median days to complete",
        definition = "Of the early help assessment records in List 2 whose Assessment completion date is in the six"
                + " months ending on the period end, the median number of calendar days from the Assessment start"
                + " date to the completion date (there is no statutory timescale, so calendar days, not working"
                + " days): completed the day it started is 0 days. The numerator is the number of assessments"
                + " completed in the window and measured. An assessment completed before its start date, or with no"
                + " start date, is a data error and is left out. The median, and the lower and upper quartiles shown"
                + " as the breakdown quartile, follow Excel's MEDIAN and QUARTILE.INC (with an even number of"
                + " assessments the median is the mean of the middle two). Also shown by Organisation completing"
                + " assessment as the LA wrote it, each organisation with its own median and number measured; a"
                + " blank organisation is unknown. Records are counted, not children. No assessments completed in the"
                + " window gives no value.",
        numerator = "early help assessments completed in the window",
        window = "six months ending on the period end",
        source = AnnexAList.EARLY_HELP,
        fields = {EH_ASSESSMENT_START_DATE, EH_ASSESSMENT_COMPLETION_DATE, EH_ORGANISATION},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.BND,
        breakdowns = {@By(value = MedianDaysOfRecords.QUARTILE, kind = BreakdownKind.QUARTILE),
                @By("organisation")})
public class EarlyHelpAssessmentDuration extends MedianDaysOfRecords {

    @Override
    protected boolean measured(TableRecord assessment, IndicatorContext context) {
        LocalDate start = assessment.date(EH_ASSESSMENT_START_DATE);
        LocalDate completed = assessment.date(EH_ASSESSMENT_COMPLETION_DATE);
        return context.period().inWindow(completed) && start != null && !completed.isBefore(start);
    }

    @Override
    protected int days(TableRecord assessment, IndicatorContext context) {
        return (int) ChronoUnit.DAYS.between(assessment.date(EH_ASSESSMENT_START_DATE),
                assessment.date(EH_ASSESSMENT_COMPLETION_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> groups() {
        return List.of(Organisations.breakdown());
    }
}
