package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_LAST_SW_VISIT;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.Recency;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.PercentLastDatedWithin;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CLA-18",
        title = "Social worker visits to children looked after in timescale",
        definition = "Of the children looked after at the period end (List 8 Date Started to be Looked After on or"
                + " before the period end, and no Date Ceased to be Looked After or one after it), the percentage"
                + " whose Date of Last Social Work Visit is within the set number of weeks before the period end"
                + " (setting cla_visit_within_weeks, default 6, the regulations' first-year interval; an LA whose"
                + " children are mostly in confirmed long-term placements may set 13 for three months): with the"
                + " default, a visit exactly 6 weeks (42 days) before the period end is in time and one a day earlier"
                + " is not. A child with no visit date is not in time but stays in the denominator, including one"
                + " who started to be looked after days before the period end. A visit dated after the period end is"
                + " a data error and the child is left out of both the numerator and the denominator. Records are"
                + " counted, not distinct children. Also by Allocated Team and Allocated Worker (unallocated when"
                + " blank or rejected).",
        numerator = "children looked after at the period end visited within the set weeks",
        denominator = "children looked after at the period end, other than any visited after it",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_LAST_SW_VISIT, ALLOCATED_TEAM, ALLOCATED_WORKER},
        settings = {IndicatorSetting.CLA_VISIT_WITHIN_WEEKS},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF),
                @By(value = "worker", kind = BreakdownKind.STAFF)})
public class SocialWorkerVisitsInTimescale extends PercentLastDatedWithin {

    public SocialWorkerVisitsInTimescale() {
        super(LookedAfter::atPeriodEnd, CLA_LAST_SW_VISIT, Recency.WEEKS, IndicatorSetting.CLA_VISIT_WITHIN_WEEKS);
    }
}
