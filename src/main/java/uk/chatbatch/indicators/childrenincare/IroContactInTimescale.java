package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_LAST_IRO_CONTACT;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.Recency;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.PercentLastDatedWithin;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CLA-20",
        title = "IRO contact in timescale",
        definition = "Of the children looked after at the period end (List 8 Date Started to be Looked After on or"
                + " before the period end, and no Date Ceased to be Looked After or one after it), the percentage"
                + " whose Date of Last IRO Visit / Contact to the Child is on or after the date the set number of"
                + " calendar months before the period end (setting cla_iro_contact_within_months, default 6): with"
                + " the default, a contact on the period end minus 6 months (end-of-month clamped, so 30 September"
                + " for 31 March) is in time and one a day earlier is not. A child"
                + " with no contact date is not in time but stays in the denominator. A contact dated after the period"
                + " end is a data error and the child is left out of both the numerator and the denominator. Records"
                + " are counted, not distinct children.",
        numerator = "children looked after at the period end with IRO contact within the set months",
        denominator = "children looked after at the period end, other than any with IRO contact dated after it",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_LAST_IRO_CONTACT},
        settings = {IndicatorSetting.CLA_IRO_CONTACT_WITHIN_MONTHS},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class IroContactInTimescale extends PercentLastDatedWithin {

    public IroContactInTimescale() {
        super(LookedAfter::atPeriodEnd, CLA_LAST_IRO_CONTACT, Recency.MONTHS,
                IndicatorSetting.CLA_IRO_CONTACT_WITHIN_MONTHS);
    }
}
