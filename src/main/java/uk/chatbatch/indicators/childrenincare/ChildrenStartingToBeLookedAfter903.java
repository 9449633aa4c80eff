package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Grouping;
import uk.chatbatch.indicators.Results;
import uk.chatbatch.indicators.Window;

import static uk.chatbatch.ssda903.Ssda903Field.CIN;

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
        id = "CLA-02-903",
        title = "Children starting to be looked after (SSDA903)",
        definition = "The children who started to be looked after in the six months ending on the period end (after"
                + " the date six months before it, up to and including it), from the SSDA903 Episodes table: an"
                + " episode with reason for new episode S and DECOM in the window. Children starting under an agreed"
                + " series of short breaks (legal status V3 or V4 on that episode) are left out, as DfE leaves them"
                + " out. As DfE counts starts, a child who started more than once in the window is counted once, at"
                + " the first start. The same six months as the Annex A count CLA-02, so the two can be read side by"
                + " side; DfE's annual figure covers the 12 months to 31 March. Shown by the legal status on starting"
                + " (C1, C2, D1, E1, V2, L1 to L3, J1 to J3, then unknown) and by category of need (N1 to N8, then"
                + " unknown).",
        numerator = "children starting to be looked after in the window",
        window = "six months ending on the period end",
        ssda903 = {Ssda903Table.EPISODES},
        returnFields = {"CHILD", "DECOM", "RNE", "LS", "CIN"},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By("legal status"), @By("category of need")})
public class ChildrenStartingToBeLookedAfter903 implements Indicator {

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<PeriodOfCare> starts = ChildrenLookedAfter.firstStarts(ChildrenLookedAfter.histories(data),
                Window.sixMonths(context));
        List<String> needs = Ssda903CodeList.CATEGORY_OF_NEED.codes().stream().map(Ssda903CodeList.Code::code).toList();
        return Results.count(metadata(), starts, List.of(
                Grouping.codes("legal status", ChildrenLookedAfterAtPeriodEnd903.legalStatusesOutsideShortBreaks(),
                        p -> p.first().legalStatus()),
                Grouping.codes("category of need", needs,
                        p -> p.first().row().text(CIN))),
                p -> p.first().row());
    }
}
