package uk.chatbatch.indicators.adopters;

import static uk.chatbatch.annexa.Field.STAGE2_END_DATE;
import static uk.chatbatch.annexa.Field.STAGE2_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "ADR-03",
        title = "Adopter stage 2 completed within 4 months",
        definition = "Of the adopters on List 11 whose stage 2 ended in the 12 months ending on the period end (Date"
                + " Stage 2 ended after the date 12 months before it, up to and including it), the percentage whose"
                + " stage 2 ended within 4 calendar months of the Date Stage 2 started, as the adoption statutory"
                + " guidance expects: started 15 January, ended by 15 May is in time and 16 May is late; started 31"
                + " October, the last day is the end of February. A stage 2 with no start date, or ending before it"
                + " started (a data error), is left out of both the numerator and the denominator. Records"
                + " (individual adopters) are counted.",
        numerator = "stage 2 assessments ended in the window within 4 months of starting",
        denominator = "stage 2 assessments ended in the window, other than any with no start or ending before it",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTERS,
        fields = {STAGE2_START_DATE, STAGE2_END_DATE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class StageTwoWithinFourMonths extends StageCompletedWithinMonths {

    static final int MONTHS_ALLOWED = 4;

    public StageTwoWithinFourMonths() {
        super(STAGE2_START_DATE, STAGE2_END_DATE, MONTHS_ALLOWED);
    }
}
