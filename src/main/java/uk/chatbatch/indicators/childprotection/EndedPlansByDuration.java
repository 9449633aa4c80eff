package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
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
        id = "CP-07",
        twin = "CP-07-CIN",
        title = "Duration of child protection plans ended",
        definition = "The child protection plans in List 7 ending in the six months ending on the period end (Child"
                + " Protection Plan End Date after the date six months before the period end, up to and including"
                + " the period end), counted by how long they lasted from start date to end date in completed"
                + " calendar months: under 3 months, 3 to 6 months, 6 to 12 months, 1 to 2 years, 2 years or more."
                + " Each band includes its lower bound: a plan reaches n months on the day n calendar months after"
                + " its start (end-of-month clamped, so one started on 31 March reaches 3 months on 30 June), so a"
                + " plan of exactly 3 months is in 3 to 6 months and one of exactly 2 years is in 2 years or more,"
                + " the CP-06 numerator. A plan ending before its start date is a data error and is not counted, as"
                + " in CP-06, so the whole count is CP-06's denominator. Plan records are counted, not children.",
        numerator = "plans ending in the window, other than any ending before their start date",
        window = "six months ending on the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, CP_END_DATE},
        unit = Unit.COUNT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.BND,
        breakdowns = {@By(value = "duration", kind = BreakdownKind.BANDS, bands = BandSet.DURATION_MONTHS)})
public class EndedPlansByDuration extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord plan, IndicatorContext context) {
        LocalDate start = plan.date(CP_START_DATE);
        LocalDate end = plan.date(CP_END_DATE);
        return context.period().inWindow(end) && start != null && !end.isBefore(start);
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.duration(r -> r.date(CP_START_DATE), r -> r.date(CP_END_DATE)));
    }
}
