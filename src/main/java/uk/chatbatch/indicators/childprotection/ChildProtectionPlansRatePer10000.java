package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CP-01R",
        headline = true,
        title = "Child protection plans per 10,000 children",
        definition = "The number of child protection plans open at the period end, as CP-01 counts them (List 7 plan"
                + " records with a start date on or before the period end and no end date, or one after it), divided"
                + " by the LA's population aged 0 to 17 given in the job file, times 10,000. A snapshot, so it is"
                + " not annualised. Plan records are counted, not distinct children, as in CP-01. Not computed when"
                + " the job file gives no population.",
        numerator = "child protection plans open at the period end (CP-01)",
        denominator = "children aged 0 to 17 living in the LA (ONS mid-year estimate, from the job file)",
        window = "at the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, CP_END_DATE},
        unit = Unit.RATE_PER_10000,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class ChildProtectionPlansRatePer10000 extends RatePer10000Children {

    public ChildProtectionPlansRatePer10000() {
        super(new ChildProtectionPlansAtPeriodEnd(), Counted.SNAPSHOT);
    }
}
