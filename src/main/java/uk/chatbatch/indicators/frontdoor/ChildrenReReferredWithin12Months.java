package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRALS_LAST_12_MONTHS;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The child-level twin of REF-02, with the same reading of each referral. The drill-down has one record per child:
 * their first re-referral in the window if they have one, otherwise their first referral in the window.
 */
@IndicatorDefinition(
        id = "REF-02C",
        twin = "REF-02C-CIN",
        title = "Children re-referred within 12 months",
        definition = "Of the distinct children (by Child Unique ID) with a referral in List 3 dated in the six months"
                + " ending on the period end, the percentage with at least one referral in the window that is a"
                + " re-referral as REF-02 reads it: the LA's own Number of Referrals in Last 12 Months is 2 or more"
                + " (read as counting this referral and the earlier ones in the 12 months before it), or, where that"
                + " count is blank, not a whole number, or 0, the same child has another referral in List 3 dated on"
                + " or after the date 12 calendar months earlier and before the referral's own date (another"
                + " referral on the same day does not count). The status message says how many referrals each source"
                + " decided. Children are counted, not referrals: a child re-referred twice counts once.",
        numerator = "children referred in the window with a re-referral among those referrals",
        denominator = "children with a referral dated in the window",
        window = "six months ending on the period end, looking back 12 months from each referral",
        source = AnnexAList.REFERRALS,
        fields = {CHILD_ID, DATE_OF_REFERRAL, REFERRALS_LAST_12_MONTHS},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.KPI)
public class ChildrenReReferredWithin12Months implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        DatesByChild byChild = DatesByChild.of(data, AnnexAList.REFERRALS, DATE_OF_REFERRAL);
        Map<String, TableRecord> shown = new LinkedHashMap<>();
        Set<String> reReferred = new HashSet<>();
        long fromCountField = 0;
        long fromListDates = 0;
        for (TableRecord referral : data.rows(AnnexAList.REFERRALS)) {
            LocalDate date = referral.date(DATE_OF_REFERRAL);
            if (!context.period().inWindow(date)) {
                continue;
            }
            String child = referral.childId();
            ReReferralReading reading = ReReferralReading.of(referral, byChild.dates(child));
            if (reading.fromCountField()) {
                fromCountField++;
            } else {
                fromListDates++;
            }
            if (reading.reReferral() && reReferred.add(child)) {
                shown.put(child, referral);
            } else {
                shown.putIfAbsent(child, referral);
            }
        }
        List<CountedRecord> counted = shown.entrySet().stream()
                .map(e -> CountedRecord.of(e.getValue(), reReferred.contains(e.getKey()), true)).toList();
        return IndicatorResult.computed(metadata(), List.of(IndicatorValue.percent(IndicatorValue.ALL,
                IndicatorValue.ALL, reReferred.size(), shown.size())), counted)
                .withMessage(ReReferralReading.sources(fromCountField, fromListDates));
    }
}
