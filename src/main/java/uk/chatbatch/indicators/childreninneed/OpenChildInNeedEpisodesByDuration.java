package uk.chatbatch.indicators.childreninneed;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.ChildInNeedEpisodes;
import uk.chatbatch.indicators.BandSet;
import uk.chatbatch.indicators.Breakdown;
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
        id = "CIN-04",
        title = "Duration of open children in need episodes",
        definition = "The children in need episodes in List 6 open at the period end (CIN Start Date on or before the"
                + " period end or blank, and no CIN Closure Date or one after it), counted by time from CIN Start Date to the"
                + " period end in completed calendar months: under 3 months, 3 to 6 months, 6 to 12 months, 1 to 2"
                + " years, 2 years or more, and unknown for an episode whose CIN Start Date is blank (the template allows it). Each band includes its lower bound: an episode reaches n months on the"
                + " day n calendar months after its start (end-of-month clamped, so one started on 31 March reaches"
                + " 3 months on 30 June), so an episode open exactly 3 months is in 3 to 6 months and one open"
                + " exactly 2 years is in 2 years or more. Also by Allocated Team (unallocated when blank or"
                + " rejected). Episode records are counted, not children.",
        numerator = "children in need episodes open at the period end",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_NEED,
        fields = {CIN_START_DATE, CIN_CLOSURE_DATE, ALLOCATED_TEAM},
        unit = Unit.COUNT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.BND,
        breakdowns = {@By(value = "duration", kind = BreakdownKind.BANDS, bands = BandSet.DURATION_MONTHS),
                @By(value = "team", kind = BreakdownKind.STAFF)})
public class OpenChildInNeedEpisodesByDuration extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord episode, IndicatorContext context) {
        return ChildInNeedEpisodes.openAtEnd(episode, context.period());
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        LocalDate end = context.period().periodEnd();
        return List.of(Breakdown.duration(r -> r.date(CIN_START_DATE), r -> end));
    }
}
