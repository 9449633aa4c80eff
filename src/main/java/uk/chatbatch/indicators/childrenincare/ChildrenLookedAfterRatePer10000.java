package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CLA-01R",
        headline = true,
        title = "Children looked after per 10,000 children",
        definition = "The number of children looked after at the period end, as CLA-01 counts them (List 8 records"
                + " with Date Started to be Looked After on or before the period end and no Date Ceased to be Looked"
                + " After, or one after it), divided by the LA's population aged 0 to 17 given in the job file, times"
                + " 10,000. A snapshot, so it is not annualised. As in CLA-01, records are counted and children"
                + " looked after only under short breaks (V3, V4) are not left out, unlike DfE's rate. Not computed"
                + " when the job file gives no population.",
        numerator = "children looked after at the period end (CLA-01)",
        denominator = "children aged 0 to 17 living in the LA (ONS mid-year estimate, from the job file)",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE},
        unit = Unit.RATE_PER_10000,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class ChildrenLookedAfterRatePer10000 extends RatePer10000Children {

    public ChildrenLookedAfterRatePer10000() {
        super(new ChildrenLookedAfterAtPeriodEnd(), Counted.SNAPSHOT);
    }
}
