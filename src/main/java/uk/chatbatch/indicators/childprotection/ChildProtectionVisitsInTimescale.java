package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_LAST_STATUTORY_VISIT;
import static uk.chatbatch.annexa.Field.CP_START_DATE;

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
        id = "CP-08",
        title = "Child protection visits in timescale",
        definition = "Of the child protection plans in List 7 open at the period end (start date on or before the"
                + " period end, and no end date or one after it), the percentage whose Date of the Last Statutory"
                + " Visit is within the set number of working days before the period end (setting"
                + " cp_visit_within_working_days, default 10; a local standard, not a statutory one). Working days"
                + " are Monday to Friday except England and Wales bank holidays, counted from the day after the visit"
                + " up to and including the period end: with the default, a visit 10 working days before the period"
                + " end is in time and one 11 working days before is not; a visit on the period end itself has 0"
                + " working days. A plan with no visit date is not in time but stays in the denominator. A visit"
                + " dated after the period end is a data error and is left out of both the numerator and the"
                + " denominator. A visit earlier than the bank-holiday calendar covers is simply too long ago. Plan"
                + " records are counted, not children. Also by Allocated Team and Allocated Worker (unallocated when"
                + " blank or rejected).",
        numerator = "open plans whose last statutory visit was within the set working days",
        denominator = "child protection plans open at the period end, other than any visited after it",
        window = "at the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, CP_END_DATE, CP_LAST_STATUTORY_VISIT, ALLOCATED_TEAM, ALLOCATED_WORKER},
        settings = {IndicatorSetting.CP_VISIT_WITHIN_WORKING_DAYS},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF),
                @By(value = "worker", kind = BreakdownKind.STAFF)})
public class ChildProtectionVisitsInTimescale extends PercentLastDatedWithin {

    public ChildProtectionVisitsInTimescale() {
        super(ProtectionPlans::openAtEnd, CP_LAST_STATUTORY_VISIT, Recency.WORKING_DAYS,
                IndicatorSetting.CP_VISIT_WITHIN_WORKING_DAYS);
    }
}
