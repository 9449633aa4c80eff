package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

/**
 * The catalogue gives this "lower is better" for the unallocated rows only; the headline is every referral in
 * the window, which has no good direction, so the indicator as a whole is contextual.
 */
@IndicatorDefinition(
        id = "REF-08",
        title = "Referrals by team and worker",
        definition = "The referral records in List 3 whose Date of referral is in the six months ending on the period"
                + " end, counted per Allocated Team and per Allocated Worker as the LA wrote them (names are not"
                + " merged or corrected). A referral whose team or worker is blank, or was rejected at ingest (for"
                + " example #N/A), is in the unallocated row, shown last; those are the rows to keep low. Teams and"
                + " workers are those found in the window's referrals, sorted by name. Records are counted, not"
                + " children.",
        numerator = "referrals dated in the window",
        window = "six months ending on the period end",
        source = AnnexAList.REFERRALS,
        fields = {DATE_OF_REFERRAL, ALLOCATED_TEAM, ALLOCATED_WORKER},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF),
                @By(value = "worker", kind = BreakdownKind.STAFF)})
public class ReferralsByTeamAndWorker extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord referral, IndicatorContext context) {
        return context.period().inWindow(referral.date(DATE_OF_REFERRAL));
    }
}
