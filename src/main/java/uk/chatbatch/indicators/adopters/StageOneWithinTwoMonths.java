package uk.chatbatch.indicators.adopters;

import static uk.chatbatch.annexa.Field.STAGE1_END_DATE;
import static uk.chatbatch.annexa.Field.STAGE1_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "ADR-02",
        title = "Adopter stage 1 completed within 2 months",
        definition = "Of the adopters on List 11 whose stage 1 ended in the 12 months ending on the period end (Date"
                + " Stage 1 ended after the date 12 months before it, up to and including it), the percentage whose"
                + " stage 1 ended within 2 calendar months of the Date Stage 1 started, as the adoption statutory"
                + " guidance expects: started 15 January, ended by 15 March is in time and 16 March is late; started"
                + " 31 December, the last day is the end of February. A stage 1 with no start date, or ending before"
                + " it started (a data error), is left out of both the numerator and the denominator. Records"
                + " (individual adopters) are counted.",
        numerator = "stage 1 assessments ended in the window within 2 months of starting",
        denominator = "stage 1 assessments ended in the window, other than any with no start or ending before it",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTERS,
        fields = {STAGE1_START_DATE, STAGE1_END_DATE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class StageOneWithinTwoMonths extends StageCompletedWithinMonths {

    static final int MONTHS_ALLOWED = 2;

    public StageOneWithinTwoMonths() {
        super(STAGE1_START_DATE, STAGE1_END_DATE, MONTHS_ALLOWED);
    }
}
