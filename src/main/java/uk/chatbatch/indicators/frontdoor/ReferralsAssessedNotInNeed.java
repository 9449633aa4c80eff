package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.ASSESSMENT_REQUIRES_SUPPORT;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.DatesByChild;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * A {@link PercentOfRecords} over List 3 whose numerator finds the referral's assessment in List 4, so both
 * lists are indexed by child first and the percentage is computed for this run.
 */
@IndicatorDefinition(
        id = "REF-05",
        title = "Referrals assessed as not in need",
        definition = "Of the referral records in List 3 whose Date of referral is in the six months ending on the"
                + " period end, the percentage whose assessment found the child not to need children's social care"
                + " support: the referral's assessment is the same child's (same Child Unique ID) earliest"
                + " assessment in List 4 whose Continuous Assessment Start Date is on or after the Date of referral"
                + " and before the child's next referral in List 3 (a later date; another referral on the same day"
                + " shares the assessment), however long after the referral it started. It counts when that"
                + " assessment's 'Was the child assessed as requiring LA children's social care support?' is No. A"
                + " referral with no such assessment (for example one closed with no further action), or whose"
                + " assessment answer is Yes, Unknown or blank, stays in the denominator only. Also shown by referral"
                + " source group (as REF-03 groups it), each row the percentage within that group. Records are"
                + " counted, not children.",
        numerator = "referrals in the window whose matched assessment found the child not in need",
        denominator = "referrals dated in the window",
        window = "six months ending on the period end; assessments starting on or after each referral",
        source = AnnexAList.REFERRALS,
        alsoUses = {AnnexAList.ASSESSMENTS},
        fields = {CHILD_ID, DATE_OF_REFERRAL, REFERRAL_SOURCE},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.DON,
        breakdowns = {@By("source group")})
public class ReferralsAssessedNotInNeed implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        DatesByChild referrals = DatesByChild.of(data, AnnexAList.REFERRALS, DATE_OF_REFERRAL);
        DatesByChild assessments = DatesByChild.of(data, AnnexAList.ASSESSMENTS, ASSESSMENT_START_DATE);
        IndicatorMetadata metadata = metadata();
        return new PercentOfRecords() {
            @Override
            protected boolean inDenominator(TableRecord referral, IndicatorContext c) {
                return c.period().inWindow(referral.date(DATE_OF_REFERRAL));
            }

            @Override
            protected boolean inNumerator(TableRecord referral, IndicatorContext c) {
                TableRecord assessment = assessmentOf(referral, referrals, assessments);
                return assessment != null && assessment.is(ASSESSMENT_REQUIRES_SUPPORT, "No");
            }

            @Override
            protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
                return List.of(Breakdown.sourceGroup(REFERRAL_SOURCE));
            }

            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        }.compute(data, context);
    }

    /** The child's earliest assessment starting on or after the referral and before their next referral. */
    static TableRecord assessmentOf(TableRecord referral, DatesByChild referrals, DatesByChild assessments) {
        LocalDate referred = referral.date(DATE_OF_REFERRAL);
        LocalDate lastDay = referrals.records(referral.childId()).stream()
                .map(r -> r.date(DATE_OF_REFERRAL)).filter(d -> d.isAfter(referred)).findFirst()
                .map(next -> next.minusDays(1)).orElse(LocalDate.MAX);
        return assessments.firstBetween(referral.childId(), referred, lastDay);
    }
}
