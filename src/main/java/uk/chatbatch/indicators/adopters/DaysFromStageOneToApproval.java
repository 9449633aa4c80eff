package uk.chatbatch.indicators.adopters;

import static uk.chatbatch.annexa.Field.APPLICATION_APPROVED_DATE;
import static uk.chatbatch.annexa.Field.STAGE1_START_DATE;

import java.time.LocalDate;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.adoption.MeanCalendarDays;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ADR-04",
        title = "Days from registration (stage 1 start) to approval",
        definition = "For the adopters on List 11 approved in the 12 months ending on the period end (Date"
                + " application approved after the date 12 months before it, up to and including it), the mean"
                + " number of calendar days from the Date Stage 1 started (registration of interest) to approval."
                + " The mean, not the median. The statutory guidance expects the two stages to take about six"
                + " months together (2 + 4). An adopter with no stage 1 start date, or approved before it (a data"
                + " error), is not measured. The numerator is the number of adopters measured; records (individual"
                + " adopters) are counted.",
        numerator = "adopters approved in the window with a stage 1 start on or before approval",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTERS,
        fields = {STAGE1_START_DATE, APPLICATION_APPROVED_DATE},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class DaysFromStageOneToApproval extends MeanCalendarDays {

    @Override
    protected boolean inPopulation(TableRecord adopter, IndicatorContext context) {
        return context.period().lastMonths(12).contains(adopter.date(APPLICATION_APPROVED_DATE));
    }

    @Override
    protected LocalDate from(TableRecord adopter) {
        return adopter.date(STAGE1_START_DATE);
    }

    @Override
    protected LocalDate to(TableRecord adopter) {
        return adopter.date(APPLICATION_APPROVED_DATE);
    }
}
