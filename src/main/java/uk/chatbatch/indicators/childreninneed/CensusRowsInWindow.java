package uk.chatbatch.indicators.childreninneed;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Assessment;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Episode;
import uk.chatbatch.indicators.childreninneed.CensusHistory.ProtectionPlan;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Section47;

/**
 * A CIN census population dated in the six months ending on the period end: which rows of the census history,
 * and the date that places a row in the window (a row without it is outside). The census count and percentage
 * shapes take one in their constructor ({@link CountOfCensusRows}, {@link PercentOfCensusRows}).
 *
 * @param rows the rows of the census history measured
 * @param date the date that must fall in the window
 */
public record CensusRowsInWindow<T extends CensusRow>(Function<CensusHistory, List<T>> rows,
                                                      Function<T, LocalDate> date) implements CensusPopulation<T> {

    /** CIN episodes whose CINreferralDate is in the window: the referrals. */
    public static final CensusRowsInWindow<Episode> REFERRALS =
            new CensusRowsInWindow<>(CensusHistory::episodes, Episode::referralDate);
    /** Assessments whose AssessmentAuthorisationDate is in the window, whenever they started. */
    public static final CensusRowsInWindow<Assessment> ASSESSMENTS_AUTHORISED =
            new CensusRowsInWindow<>(CensusHistory::assessments, Assessment::authorised);
    /** Section 47 enquiries whose S47ActualStartDate is in the window. */
    public static final CensusRowsInWindow<Section47> SECTION_47S_STARTED =
            new CensusRowsInWindow<>(CensusHistory::section47s, Section47::start);
    /** Child protection plans whose CPPstartDate is in the window. */
    public static final CensusRowsInWindow<ProtectionPlan> PLANS_STARTED =
            new CensusRowsInWindow<>(CensusHistory::plans, ProtectionPlan::start);

    /** The rows of the census dated in the window, in the census history's order. */
    @Override
    public List<T> of(CensusHistory census, IndicatorContext context) {
        return rows.apply(census).stream().filter(r -> context.period().inWindow(date.apply(r))).toList();
    }
}
