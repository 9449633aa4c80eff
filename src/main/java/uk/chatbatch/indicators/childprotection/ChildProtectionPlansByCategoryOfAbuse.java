package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.annexa.Field.INITIAL_CATEGORY_OF_ABUSE;
import static uk.chatbatch.annexa.Field.LATEST_CATEGORY_OF_ABUSE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CP-03",
        title = "Child protection plans by category of abuse",
        definition = "The child protection plan records in List 7 open at the period end (start date on or before the"
                + " period end, and no end date or one after it), counted twice over: by Initial Category of Abuse"
                + " and by Latest Category of Abuse, each as neglect (NEG), physical (PHY), sexual (SAB), emotional"
                + " (EMO) and multiple (MUL), then unknown for a category that was blank or not recognised. Every"
                + " category is shown, zero included; each category's share is its count divided by the whole count."
                + " Plans starting in the window by initial category are CP-02's breakdown. Plan records are"
                + " counted, not children.",
        numerator = "child protection plans open at the period end",
        window = "at the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, CP_END_DATE, INITIAL_CATEGORY_OF_ABUSE, LATEST_CATEGORY_OF_ABUSE},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("initial category"), @By("latest category")})
public class ChildProtectionPlansByCategoryOfAbuse extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord plan, IndicatorContext context) {
        return ProtectionPlans.openAtEnd(plan, context.period());
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.code("initial category", INITIAL_CATEGORY_OF_ABUSE),
                Breakdown.code("latest category", LATEST_CATEGORY_OF_ABUSE));
    }
}
