package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.LEGAL_STATUS;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOpenAtPeriodEnd;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CLA-01",
        population = PopulationRule.OPEN_AT_PERIOD_END,
        twin = "CLA-01-903",
        title = "Children looked after at the period end",
        definition = "The number of records in List 8 of children looked after at the period end: Date Started to be"
                + " Looked After on or before the period end, and either no Date Ceased to be Looked After or a date"
                + " ceased after the period end. A child who ceased to be looked after on the period end is not"
                + " counted. Records are counted, not distinct children: a child with two rows open at the period end"
                + " counts twice. Unlike DfE's count, children looked after only under an agreed series of short"
                + " breaks (legal status V3 or V4) are not left out.",
        numerator = "children looked after at the period end",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, Field.DATE_OF_BIRTH, Field.AGE, Field.GENDER,
                Field.LEGAL_STATUS},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By("age band"), @By("gender"), @By("legal status")})
public class ChildrenLookedAfterAtPeriodEnd extends CountOpenAtPeriodEnd {

    public ChildrenLookedAfterAtPeriodEnd() {
        super(LookedAfter::atPeriodEnd, Breakdown.code("legal status", LEGAL_STATUS));
    }
}
