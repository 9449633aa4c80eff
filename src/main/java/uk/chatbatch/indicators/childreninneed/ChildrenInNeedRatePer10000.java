package uk.chatbatch.indicators.childreninneed;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CIN-01R",
        title = "Children in need per 10,000 children",
        definition = "The number of children in need at the period end, as CIN-01 counts them (distinct children"
                + " with a List 6 episode open at the period end), divided by the LA's population aged 0 to 17 given"
                + " in the job file, times 10,000. A snapshot, so it is not annualised. Not computed when the job"
                + " file gives no population.",
        numerator = "children with a children in need episode open at the period end (CIN-01)",
        denominator = "children aged 0 to 17 living in the LA (ONS mid-year estimate, from the job file)",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_NEED,
        fields = {CHILD_ID, CIN_START_DATE, CIN_CLOSURE_DATE},
        unit = Unit.RATE_PER_10000,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class ChildrenInNeedRatePer10000 extends RatePer10000Children {

    public ChildrenInNeedRatePer10000() {
        super(new ChildrenInNeedAtPeriodEnd(), Counted.SNAPSHOT);
    }
}
