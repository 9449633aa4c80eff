package uk.chatbatch.indicators.childreninneed;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.ChildInNeedEpisodes;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CIN-07",
        title = "Unallocated open children in need cases",
        definition = "The number of children in need episodes in List 6 open at the period end (CIN Start Date on or"
                + " before the period end or blank, and no CIN Closure Date or one after it) whose Allocated Worker is blank"
                + " or was rejected at reading (such as an Excel #N/A). A worker cell holding any text, including"
                + " words such as \"Unallocated\", counts as allocated, as the worker breakdowns treat it. Also by"
                + " Allocated Team (unallocated when blank or rejected). Episode records are counted, not children.",
        numerator = "open children in need episodes with no allocated worker",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_NEED,
        fields = {CIN_START_DATE, CIN_CLOSURE_DATE, ALLOCATED_WORKER, ALLOCATED_TEAM},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF)})
public class UnallocatedChildInNeedCases extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord episode, IndicatorContext context) {
        String worker = episode.text(ALLOCATED_WORKER);
        return ChildInNeedEpisodes.openAtEnd(episode, context.period())
                && (worker == null || worker.isBlank());
    }
}
