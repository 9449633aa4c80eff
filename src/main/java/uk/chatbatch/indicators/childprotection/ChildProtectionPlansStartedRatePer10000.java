package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CP-02R",
        title = "Child protection plans started per 10,000 children",
        definition = "The number of child protection plans starting in the six months ending on the period end, as"
                + " CP-02 counts them (List 7 plan records with a start date in the window), divided by the LA's"
                + " population aged 0 to 17 (from the job file or run --population), times 10,000. The headline is"
                + " annualised (times 12 over 6), a rate for a year on the same basis as DfE's; the row basis = six"
                + " months gives the rate of the six months as counted. Not computed without a population.",
        numerator = "child protection plans starting in the window (CP-02)",
        denominator = "children aged 0 to 17 living in the LA (ONS mid-year estimate, from the job file)",
        window = "six months ending on the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE},
        unit = Unit.RATE_PER_10000,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class ChildProtectionPlansStartedRatePer10000 extends RatePer10000Children {

    public ChildProtectionPlansStartedRatePer10000() {
        super(new ChildProtectionPlansStarted(), Counted.SIX_MONTH_FLOW);
    }
}
