package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.FollowedWithinWorkingDays;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "REF-06",
        title = "Referrals leading to an assessment",
        definition = "Of the referral records in List 3 whose Date of referral is in the six months ending on the"
                + " period end, the percentage whose child (the same Child Unique ID) has an assessment in List 4"
                + " with a Continuous Assessment Start Date on or after the Date of referral and no later than the"
                + " N-th working day after it, where N is the setting referral_to_assessment_working_days (default"
                + " 10). With N = 10, an assessment starting on the 10th working day counts and one on the 11th does"
                + " not; one starting before the referral does not count. Working days are Monday to Friday except"
                + " England and Wales bank holidays. An assessment can match several referrals of the same child."
                + " Also shown by referral source group (as REF-03 groups it), each row the percentage within that"
                + " group. Records are counted, not children. If a referral date is in a year the bank-holiday"
                + " calendar does not cover (before 2010), the referral is left out and counted in the status message.",
        numerator = "referrals in the window followed by an assessment of the same child within N working days",
        denominator = "referrals dated in the window",
        window = "six months ending on the period end; assessments up to N working days after each referral",
        source = AnnexAList.REFERRALS,
        alsoUses = {AnnexAList.ASSESSMENTS},
        fields = {CHILD_ID, DATE_OF_REFERRAL, REFERRAL_SOURCE},
        settings = {IndicatorSetting.REFERRAL_TO_ASSESSMENT_WORKING_DAYS},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.DON,
        breakdowns = {@By("source group")})
public class ReferralsLeadingToAssessment extends FollowedWithinWorkingDays {

    public ReferralsLeadingToAssessment() {
        super(DATE_OF_REFERRAL, AnnexAList.ASSESSMENTS, ASSESSMENT_START_DATE,
                IndicatorSetting.REFERRAL_TO_ASSESSMENT_WORKING_DAYS, REFERRAL_SOURCE);
    }
}
