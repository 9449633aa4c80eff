package uk.chatbatch.indicators.dataquality;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.checks.DataQualityChecks;
import uk.chatbatch.checks.Finding;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.input.InputData;

@IndicatorDefinition(
        id = "DQ-03",
        title = "Children on a plan or in care with no open episode on the children in need list",
        definition = "The number of rows on List 7 and List 8 for children on a child protection plan (plan start on"
                + " or before the period end, no end or an end after it) or looked after (started on or before the"
                + " period end, not ceased or ceased after it) at the period end whose Child Unique ID has no List 6"
                + " episode open at the period end (CIN Start Date on or before it or blank, no CIN Closure Date or one after"
                + " it): either no List 6 row at all, or only closed ones. Children on a plan and children looked"
                + " after are children in need, and List 6's Case Status has values for both, so each should be"
                + " there. The rule is the data-quality check's, which lists each row in the issues dataset. Shown"
                + " for each of the two lists. Assessments with no matching referral are not checked: List 3 holds"
                + " only six months of referrals, so an assessment early in the window would be flagged wrongly.",
        numerator = "plan and looked-after rows open at the period end with no open List 6 episode",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_NEED,
        alsoUses = {AnnexAList.CHILD_PROTECTION, AnnexAList.CHILDREN_IN_CARE},
        fields = {CHILD_ID, CIN_START_DATE, CIN_CLOSURE_DATE, CP_START_DATE, CP_END_DATE, CLA_START_DATE,
                CLA_CEASED_DATE},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.SRC,
        breakdowns = {@By("list")})
public class ChildrenMissingFromChildrenInNeedList implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<Finding> found = DataQualityChecks.findings(data, context.period(),
                Set.of(IssueCode.NOT_ON_CHILDREN_IN_NEED_LIST));
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, found.size()));
        for (AnnexAList list : List.of(AnnexAList.CHILD_PROTECTION, AnnexAList.CHILDREN_IN_CARE)) {
            values.add(IndicatorValue.count("list", list.label(),
                    found.stream().filter(f -> f.list() == list).count()));
        }
        return IndicatorResult.computed(metadata(), values,
                found.stream().map(f -> CountedRecord.of(f.record(), true, false)).toList());
    }
}
