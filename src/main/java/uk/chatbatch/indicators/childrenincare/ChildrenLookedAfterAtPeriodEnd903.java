package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Grouping;
import uk.chatbatch.indicators.Results;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903CodeList;
import uk.chatbatch.ssda903.Ssda903Table;
import uk.chatbatch.indicators.IndicatorDefinition.By;

@IndicatorDefinition(
        id = "CLA-01-903",
        title = "Children looked after at the period end (SSDA903)",
        definition = "DfE's count of children looked after, from the SSDA903 Episodes table: the children with an"
                + " episode open at the end of the period end (DECOM on or before it, and no DEC or a DEC after it; a"
                + " child whose episode ended on the period end is not counted), leaving out children looked after"
                + " only under an agreed series of short breaks, that is whose open episode has legal status V3 or"
                + " V4. Each child is counted once. Each episode is the latest collection year's version; an episode"
                + " with no DEC from a collection year before the latest one supplied, or followed by a later"
                + " episode, is an open-episode error and taken to have ended (with its year's 31 March, or when the"
                + " next episode started). Shown by the legal status of the open episode (C1, C2, D1, E1, V2, L1 to"
                + " L3, J1 to J3, then unknown) and by its placement type, grouped: " + PlacementTypeGroups.DESCRIPTION
                + ".",
        numerator = "children looked after at the period end, other than under short breaks",
        window = "at the period end",
        ssda903 = {Ssda903Table.EPISODES},
        returnFields = {"CHILD", "DECOM", "DEC", "LS", "PLACE"},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By("legal status"), @By("placement group")})
public class ChildrenLookedAfterAtPeriodEnd903 implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<ChildrenLookedAfter.AtPeriodEnd> children = ChildrenLookedAfter.atPeriodEnd(
                ChildrenLookedAfter.histories(data), context.period().periodEnd());
        return Results.count(metadata(), children, List.of(
                Grouping.codes("legal status", legalStatusesOutsideShortBreaks(), c -> c.episode().legalStatus()),
                PlacementTypeGroups.grouping(c -> c.episode().placementType())), c -> c.episode().row());
    }

    /** Every legal status but V3 and V4, which are left out of the count. */
    public static List<String> legalStatusesOutsideShortBreaks() {
        List<String> codes = new ArrayList<>();
        for (Ssda903CodeList.Code code : Ssda903CodeList.LEGAL_STATUS.codes()) {
            if (!CareEpisode.SHORT_BREAKS.contains(code.code())) {
                codes.add(code.code());
            }
        }
        return codes;
    }
}
