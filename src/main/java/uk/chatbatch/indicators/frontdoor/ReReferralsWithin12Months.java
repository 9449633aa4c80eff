package uk.chatbatch.indicators.frontdoor;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.CountedRecord;
import java.util.Map;
import uk.chatbatch.annexa.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

/**
 * Not a {@link uk.chatbatch.indicators.PercentOfRecords}: whether a referral is a re-referral depends on
 * the child's other rows, so the list is indexed by child first.
 */
@IndicatorDefinition(
        id = "REF-02",
        headline = true,
        title = "Re-referrals within 12 months",
        definition = "Of the referrals in List 3 dated in the six months ending on the period end, the percentage"
                + " whose child (the same Child Unique ID) has another referral in List 3 dated in the 12 months"
                + " before it: on or after the date 12 calendar months earlier, and before the referral's own date."
                + " A referral exactly 12 months earlier counts; one a day further back does not; another referral on"
                + " the same day does not. Only the list's own dates are used, and the earlier referral may itself be"
                + " in or before the window. Because List 3 usually holds only six months of referrals, an earlier"
                + " referral that is not in the list is not seen; the column Number of Referrals in Last 12 Months is"
                + " not used. Records are counted, not children.",
        numerator = "referrals in the window whose child had another referral in the 12 months before it",
        denominator = "referrals dated in the window",
        window = "six months ending on the period end, looking back 12 months from each referral",
        source = AnnexAList.REFERRALS,
        fields = {CHILD_ID, DATE_OF_REFERRAL},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.KPI)
public class ReReferralsWithin12Months implements Indicator {

    static final int LOOK_BACK_MONTHS = 12;

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<AnnexARecord> referrals = data.rows(AnnexAList.REFERRALS);
        Map<String, List<LocalDate>> referralDatesByChild = referrals.stream()
                .filter(r -> r.personId() != null && r.date(DATE_OF_REFERRAL) != null)
                .collect(groupingBy(AnnexARecord::personId, mapping(r -> r.date(DATE_OF_REFERRAL), toList())));

        long inWindow = 0;
        long reReferrals = 0;
        List<CountedRecord> counted = new ArrayList<>();
        for (AnnexARecord referral : referrals) {
            LocalDate date = referral.date(DATE_OF_REFERRAL);
            if (!context.period().inWindow(date)) {
                continue;
            }
            inWindow++;
            List<LocalDate> childsReferrals = referralDatesByChild.getOrDefault(referral.personId(), List.of());
            boolean reReferral = hasEarlierReferralWithin12Months(date, childsReferrals);
            if (reReferral) {
                reReferrals++;
            }
            counted.add(CountedRecord.of(referral, reReferral, true));
        }
        return IndicatorResult.computed(metadata(),
                List.of(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, reReferrals, inWindow)),
                counted);
    }

    static boolean hasEarlierReferralWithin12Months(LocalDate referral, List<LocalDate> childsReferrals) {
        LocalDate earliest = referral.minusMonths(LOOK_BACK_MONTHS);
        return childsReferrals.stream().anyMatch(other -> !other.isBefore(earliest) && other.isBefore(referral));
    }
}
