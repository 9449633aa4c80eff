package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CONTACT_SOURCE;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.FollowedWithinWorkingDays;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CON-05",
        title = "Contacts leading to a referral",
        definition = "Of the contact records in List 1 whose Date of Contact is in the six months ending on the"
                + " period end, the percentage whose child (the same Child Unique ID) has a referral in List 3 with"
                + " a Date of referral on or after the Date of Contact and no later than the N-th working day after"
                + " it, where N is the setting contact_to_referral_working_days (default 1). With N = 1, a contact on"
                + " a Friday leads to a referral dated that Friday, the weekend or the Monday, and not to one on the"
                + " Tuesday; a referral dated before the contact does not count. Working days are Monday to Friday"
                + " except England and Wales bank holidays. Any referral in List 3 can match, whether or not it is"
                + " itself in the window, and one referral can match several contacts of the same child. Also shown"
                + " by the contact's source group (as CON-04 groups it), each row the percentage within that group."
                + " Records are counted, not children. If a contact date is in a year the bank-holiday calendar does"
                + " not cover (before 2010), the contact is left out and counted in the status message.",
        numerator = "contacts in the window followed by a referral of the same child within N working days",
        denominator = "contacts dated in the window",
        window = "six months ending on the period end; referrals up to N working days after each contact",
        source = AnnexAList.CONTACTS,
        alsoUses = {AnnexAList.REFERRALS},
        fields = {CHILD_ID, DATE_OF_CONTACT, CONTACT_SOURCE},
        settings = {IndicatorSetting.CONTACT_TO_REFERRAL_WORKING_DAYS},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.DON,
        breakdowns = {@By("source group")})
public class ContactsLeadingToReferral extends FollowedWithinWorkingDays {

    public ContactsLeadingToReferral() {
        super(DATE_OF_CONTACT, AnnexAList.REFERRALS, DATE_OF_REFERRAL,
                IndicatorSetting.CONTACT_TO_REFERRAL_WORKING_DAYS, CONTACT_SOURCE);
    }
}
