package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CLA-02R",
        title = "Children starting to be looked after per 10,000 children",
        definition = "The number of periods of care starting in the six months ending on the period end, as CLA-02"
                + " counts them (List 8 records with Date Started to be Looked After in the window), divided by the"
                + " LA's population aged 0 to 17 (from the job file or run --population), times 10,000. The headline"
                + " is annualised (times 12 over 6), a rate for a year on the same basis as DfE's; the row basis = six"
                + " months gives the rate of the six months as counted. Not computed without a population.",
        numerator = "periods of care starting in the window (CLA-02)",
        denominator = "children aged 0 to 17 living in the LA (ONS mid-year estimate, from the job file)",
        window = "six months ending on the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE},
        unit = Unit.RATE_PER_10000,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class ChildrenStartingToBeLookedAfterRatePer10000 extends RatePer10000Children {

    public ChildrenStartingToBeLookedAfterRatePer10000() {
        super(new ChildrenStartingToBeLookedAfter(), Counted.SIX_MONTH_FLOW);
    }
}
