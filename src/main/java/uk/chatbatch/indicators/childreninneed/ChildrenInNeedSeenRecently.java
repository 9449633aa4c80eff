package uk.chatbatch.indicators.childreninneed;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_LAST_SEEN;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.ChildInNeedEpisodes;
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
        id = "CIN-03",
        title = "Children in need seen recently",
        definition = "Of the children in need episodes in List 6 open at the period end (CIN Start Date on or before"
                + " the period end or blank, and no CIN Closure Date or one after it), the percentage whose Date Child Was Last"
                + " Seen is within the set number of working days before the period end (setting"
                + " cin_seen_within_working_days, default 20; there is no national standard). Working days are"
                + " Monday to Friday except England and Wales bank holidays, counted from the day after the last"
                + " seen date up to and including the period end: with the default, a child last seen 20 working"
                + " days before the period end counts and one seen 21 working days before does not; a child seen on"
                + " the period end itself has 0 working days. A blank last seen date is not counted as seen but stays"
                + " in the denominator. A last seen date after the period end is a data error and is left out of"
                + " both the numerator and the denominator. A date earlier than the bank-holiday calendar covers is"
                + " simply too long ago. Episode records are counted, not children. Also by Allocated Team and"
                + " Allocated Worker (unallocated when blank or rejected).",
        numerator = "open children in need episodes whose child was last seen within the set working days",
        denominator = "children in need episodes open at the period end, other than any last seen after it",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_NEED,
        fields = {CIN_START_DATE, CIN_CLOSURE_DATE, DATE_LAST_SEEN, ALLOCATED_TEAM, ALLOCATED_WORKER},
        settings = {IndicatorSetting.CIN_SEEN_WITHIN_WORKING_DAYS},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF),
                @By(value = "worker", kind = BreakdownKind.STAFF)})
public class ChildrenInNeedSeenRecently extends PercentLastDatedWithin {

    public ChildrenInNeedSeenRecently() {
        super(ChildInNeedEpisodes::openAtEnd, DATE_LAST_SEEN, Recency.WORKING_DAYS,
                IndicatorSetting.CIN_SEEN_WITHIN_WORKING_DAYS);
    }
}
