package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "REF-03",
        title = "Referrals by source",
        definition = "Of the referral records in List 3 whose Date of referral is in the six months ending on the"
                + " period end, the percentage from each Referral Source. By source group: individual (1A to 1D),"
                + " schools (2A), education services (2B), health services (3A to 3F), housing (4), LA services (5A"
                + " to 5D), police (6), other legal agency (7), other (8), anonymous (9), and unknown, which is code"
                + " 10 (source unknown) together with a source that was blank or not a recognised code. Also by"
                + " source code, with blank or unrecognised as unknown. Each row gives the referrals from that source"
                + " out of all referrals in the window, so each breakdown adds up to 100%; every group is shown, zero"
                + " included. Records are counted, not children.",
        numerator = "referrals dated in the window from the source",
        denominator = "referrals dated in the window",
        window = "six months ending on the period end",
        source = AnnexAList.REFERRALS,
        fields = {DATE_OF_REFERRAL, REFERRAL_SOURCE},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("source group"), @By("source")})
public class ReferralsBySource extends SharesOfRecords {

    @Override
    protected boolean counts(TableRecord referral, IndicatorContext context) {
        return context.period().inWindow(referral.date(DATE_OF_REFERRAL));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.sourceGroup(REFERRAL_SOURCE), Breakdown.code("source", REFERRAL_SOURCE));
    }
}
