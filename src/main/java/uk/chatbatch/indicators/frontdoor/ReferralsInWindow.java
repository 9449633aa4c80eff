package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
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
        id = "REF-01",
        population = PopulationRule.DATED_IN_WINDOW,
        twin = "REF-01-CIN",
        title = "Referrals",
        definition = "The number of referral records in List 3 whose Date of referral is in the six months ending on"
                + " the period end: after the date six months before the period end, up to and including the period"
                + " end. Records are counted, not children: a child referred twice in the window counts twice.",
        numerator = "referrals dated in the window",
        window = "six months ending on the period end",
        source = AnnexAList.REFERRALS,
        fields = {DATE_OF_REFERRAL, Field.REFERRAL_SOURCE, Field.DATE_OF_BIRTH, Field.AGE, Field.GENDER},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "month", kind = BreakdownKind.MONTH),
                @By("source group"),
                @By("age band"),
                @By("gender")})
public class ReferralsInWindow extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord referral, IndicatorContext context) {
        return context.period().inWindow(referral.date(DATE_OF_REFERRAL));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.month(DATE_OF_REFERRAL, context.period()), Breakdown.sourceGroup(REFERRAL_SOURCE),
                Breakdown.ageBand(r -> r.date(DATE_OF_REFERRAL)));
    }
}
