package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ReferralsByTeamAndWorkerTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));
    private static final LocalDate IN_WINDOW = LocalDate.of(2025, 6, 1);

    private final ReferralsByTeamAndWorker indicator = new ReferralsByTeamAndWorker();

    @Test
    void countsReferralsPerTeamAndWorkerWithUnallocatedLast() {
        IndicatorResult result = indicator.compute(only(REFERRALS,
                referral(IN_WINDOW, "MASH", "Ann Smith"),
                referral(IN_WINDOW, "MASH", "Ann Smith"),
                referral(IN_WINDOW, "Assessment Team 1", "Bob Jones"),
                referral(IN_WINDOW, "Assessment Team 1", null),             // no worker: unallocated
                referral(IN_WINDOW, null, null),                            // neither: unallocated twice
                referral(LocalDate.of(2025, 3, 30), "Old Team", "Cy Old")), // T minus 6 months: no row at all
                T);

        assertCount(5, result);
        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 5),
                IndicatorValue.count("team", "Assessment Team 1", 2),
                IndicatorValue.count("team", "MASH", 2),
                IndicatorValue.count("team", "unallocated", 1),
                IndicatorValue.count("worker", "Ann Smith", 2),
                IndicatorValue.count("worker", "Bob Jones", 1),
                IndicatorValue.count("worker", "unallocated", 2));
    }

    @Test
    void withNoReferralsInTheWindowOnlyTheZeroTotal() {
        IndicatorResult result = indicator.compute(only(REFERRALS,
                referral(LocalDate.of(2025, 10, 1), "MASH", "Ann Smith")), T);     // the day after T

        assertThat(result.values()).containsExactly(IndicatorValue.count("all", "all", 0));
    }

    private static TableRecord referral(LocalDate date, String team, String worker) {
        return row(REFERRALS).set(CHILD_ID, "C1").set(DATE_OF_REFERRAL, date).set(ALLOCATED_TEAM, team)
                .set(ALLOCATED_WORKER, worker).build();
    }
}
