package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.annexa.Field.INITIAL_CATEGORY_OF_ABUSE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CP-02",
        population = PopulationRule.DATED_IN_WINDOW,
        twin = "CP-02-CIN",
        title = "Child protection plans started",
        definition = "The number of child protection plan records in List 7 whose Child Protection Plan Start Date is"
                + " in the six months ending on the period end: after the date six months before the period end, up to"
                + " and including the period end. Open and ended plans both count. Shown by calendar month of start"
                + " (the window's first month is usually part of a month) and by Initial Category of Abuse (NEG"
                + " neglect, PHY physical, SAB sexual, EMO emotional, MUL multiple, then unknown for blank or"
                + " unrecognised): this is the catalogue's CP-03 for plans starting. Plan records are counted, not"
                + " children.",
        numerator = "child protection plans starting in the window",
        window = "six months ending on the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, INITIAL_CATEGORY_OF_ABUSE},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.TRD,
        breakdowns = {@By(value = "month", kind = BreakdownKind.MONTH), @By("initial category")})
public class ChildProtectionPlansStarted extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord plan, IndicatorContext context) {
        return context.period().inWindow(plan.date(CP_START_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.month(CP_START_DATE, context.period()),
                Breakdown.code("initial category", INITIAL_CATEGORY_OF_ABUSE));
    }
}
