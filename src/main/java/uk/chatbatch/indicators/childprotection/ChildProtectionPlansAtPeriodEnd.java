package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.annexa.Field.LATEST_CATEGORY_OF_ABUSE;

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
        id = "CP-01",
        population = PopulationRule.OPEN_AT_PERIOD_END,
        twin = "CP-01-CIN",
        title = "Child protection plans at the period end",
        definition = "The number of child protection plan records in List 7 open at the period end: Child Protection"
                + " Plan Start Date on or before the period end, and either no Child Protection Plan End Date or an"
                + " end date after the period end. A plan that ends on the period end is not open at it. Plan records"
                + " are counted, not distinct children; a child normally has one open plan at a time.",
        numerator = "child protection plans open at the period end",
        window = "at the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, CP_END_DATE, Field.DATE_OF_BIRTH, Field.AGE, Field.GENDER,
                Field.LATEST_CATEGORY_OF_ABUSE},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By("age band"), @By("gender"), @By("latest category")})
public class ChildProtectionPlansAtPeriodEnd extends CountOpenAtPeriodEnd {

    public ChildProtectionPlansAtPeriodEnd() {
        super(ProtectionPlans::openAtEnd, Breakdown.code("latest category", LATEST_CATEGORY_OF_ABUSE));
    }
}
