package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRALS_LAST_12_MONTHS;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.ReReferralReading;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.DatesByChild;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * Not a {@link uk.chatbatch.indicators.PercentOfRecords}: where the count is not usable, whether a referral is
 * a re-referral depends on the child's other rows, so the list is indexed by child first.
 */
@IndicatorDefinition(
        id = "REF-02",
        twin = "REF-02-CIN",
        headline = true,
        title = "Re-referrals within 12 months",
        definition = "Of the referrals in List 3 dated in the six months ending on the period end, the percentage"
                + " that are re-referrals: referrals within 12 months of a previous referral of the same child, as"
                + " DfE defines them. The source is the LA's own Number of Referrals in Last 12 Months, read as"
                + " counting this referral and the earlier ones in the 12 months before it, so a referral is a"
                + " re-referral when it is 2 or more (the catalogue's \"more than 1\"); an LA whose count leaves out"
                + " the current referral will show a lower figure. Where that count is blank, not a whole number, or 0"
                + " (which contradicts the referral itself), the child's referrals in List 3 are looked back through"
                + " instead: another referral of the same Child Unique ID dated on or after the date 12 calendar"
                + " months earlier and before this referral's own date (one exactly 12 months earlier counts, one a"
                + " day further back does not, another on the same day does not). Because List 3 usually holds only"
                + " six months, that fallback sees only the referrals the list holds; the status message says how"
                + " many referrals each source decided. Where the count says 1 but the list holds an earlier"
                + " referral in the 12 months, the data-quality check re_referral_count_disagrees reports it. Records"
                + " are counted, not children.",
        numerator = "referrals in the window that are re-referrals (Number of Referrals in Last 12 Months of 2 or"
                + " more, or an earlier referral in List 3 in the 12 months where the count is not usable)",
        denominator = "referrals dated in the window",
        window = "six months ending on the period end; each referral looks back 12 months",
        source = AnnexAList.REFERRALS,
        fields = {CHILD_ID, DATE_OF_REFERRAL, REFERRALS_LAST_12_MONTHS},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.KPI)
public class ReReferralsWithin12Months implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        DatesByChild byChild = DatesByChild.of(data, AnnexAList.REFERRALS, DATE_OF_REFERRAL);
        long inWindow = 0;
        long reReferrals = 0;
        long fromCountField = 0;
        List<CountedRecord> counted = new ArrayList<>();
        for (TableRecord referral : data.rows(AnnexAList.REFERRALS)) {
            if (!context.period().inWindow(referral.date(DATE_OF_REFERRAL))) {
                continue;
            }
            inWindow++;
            ReReferralReading reading = ReReferralReading.of(referral, byChild.dates(referral.childId()));
            if (reading.reReferral()) {
                reReferrals++;
            }
            if (reading.fromCountField()) {
                fromCountField++;
            }
            counted.add(CountedRecord.of(referral, reading.reReferral(), true));
        }
        return IndicatorResult.computed(metadata(),
                List.of(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, reReferrals, inWindow)),
                counted).withMessage(ReReferralReading.sources(fromCountField, inWindow - fromCountField));
    }
}
