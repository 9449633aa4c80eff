package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Grouping;
import uk.chatbatch.indicators.Results;
import uk.chatbatch.indicators.Window;

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
        id = "CLA-03-903",
        title = "Children ceasing to be looked after, by reason (SSDA903)",
        definition = "The children who ceased to be looked after in the six months ending on the period end (after the"
                + " date six months before it, up to and including it), from the SSDA903 Episodes table: the last"
                + " episode of a period of care (episodes joined where one starts on the day the previous ended and"
                + " is not a new start, S) with a DEC in the window and a reason ceased (REC) other than X1. A child"
                + " who ceased more than once in the window is counted once, at the last occasion (the one with the latest DEC, not the latest start; on the same day, the later start), as DfE counts"
                + " them; children ceasing from short breaks (legal status V3 or V4 on the last episode) are left"
                + " out. An episode whose DEC the LA did not return (an open-episode error) is never counted as"
                + " ceasing. Shown by REC, every code: E11 and E12 adopted, E13, E14 to E17, E2 died, E3 another LA,"
                + " E41 residence or child arrangements order, E43 and E44 (legacy special guardianship), E45 to E48"
                + " special guardianship, E4A and E4B returned home, E5 to E9, then unknown for a blank reason. The"
                + " same six months as the Annex A CLA-03; DfE's annual figure covers the 12 months to 31 March.",
        numerator = "children ceasing to be looked after in the window",
        window = "six months ending on the period end",
        ssda903 = {Ssda903Table.EPISODES},
        returnFields = {"CHILD", "DECOM", "RNE", "LS", "DEC", "REC"},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("reason ceased")})
public class ChildrenCeasingToBeLookedAfterByReason903 implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<PeriodOfCare> ceased = ChildrenLookedAfter.lastCeasings(ChildrenLookedAfter.histories(data),
                Window.sixMonths(context));
        return Results.count(metadata(), ceased,
                List.of(Grouping.codes("reason ceased", reasonsCeased(), PeriodOfCare::reasonCeased)),
                p -> p.last().row());
    }

    /** Every REC code except X1, which does not end a period of care. */
    public static List<String> reasonsCeased() {
        return Ssda903CodeList.REASON_EPISODE_CEASED.codes().stream().map(Ssda903CodeList.Code::code)
                .filter(c -> !CareEpisode.NEW_EPISODE_SAME_DAY.equals(c)).toList();
    }
}
