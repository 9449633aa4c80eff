package uk.chatbatch.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.returns.ReturnMatchesJob.CensusFile;
import uk.chatbatch.returns.ReturnMatchesJob.YearFile;

/** Which returns are the job's: its LA, and collection years that fit the period end. */
class ReturnMatchesJobTest {

    private static final LocalDate SEPT_2026 = LocalDate.of(2026, 9, 30);
    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 31);

    private static CollectionYear y(String label) {
        return CollectionYear.parse(label);
    }

    @Test
    void aYearCoversThePeriodWhenItOverlapsThe12MonthsEndingOnThePeriodEnd() {
        assertThat(ReturnMatchesJob.covers(y("2025-26"), SEPT_2026)).isTrue();   // its 31 March is in the 12 months
        assertThat(ReturnMatchesJob.covers(y("2026-27"), SEPT_2026)).isTrue();   // the year in progress
        assertThat(ReturnMatchesJob.covers(y("2024-25"), SEPT_2026)).isFalse();  // ended 31/03/2025, before 01/10/2025
        assertThat(ReturnMatchesJob.covers(y("2025-26"), MARCH_2026)).isTrue();
        assertThat(ReturnMatchesJob.covers(y("2024-25"), MARCH_2026)).isFalse(); // boundary: ended the day before
        assertThat(ReturnMatchesJob.covers(y("2026-27"), MARCH_2026)).isFalse(); // boundary: starts the day after
        assertThat(ReturnMatchesJob.expected(SEPT_2026)).isEqualTo("2025-26 or 2026-27");
        assertThat(ReturnMatchesJob.expected(MARCH_2026)).isEqualTo("2025-26");
    }

    @Test
    void onlyAYearStartingAfterThePeriodEndIsWrongOnItsOwn() {
        assertThat(ReturnMatchesJob.after(y("2026-27"), MARCH_2026)).isTrue();   // starts 01/04/2026
        assertThat(ReturnMatchesJob.after(y("2026-27"), LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(ReturnMatchesJob.after(y("2017-18"), MARCH_2026)).isFalse();  // history is welcome
    }

    @Test
    void ssda903HistoryIsFineWhileOneYearCoversThePeriod() {
        List<YearFile> history = List.of(new YearFile("2023/episodes.csv", Optional.of(y("2023-24"))),
                new YearFile("2025/episodes.csv", Optional.of(y("2025-26"))));
        assertThat(ReturnMatchesJob.ssda903("903", history, new LaPeriod("999", MARCH_2026))).isEmpty();
    }

    @Test
    void ssda903YearsNoneOfWhichCoverThePeriodAreOneMismatch() {
        List<YearFile> old = List.of(new YearFile("2017-episodes.csv", Optional.of(y("2017-18"))),
                new YearFile("2021-episodes.csv", Optional.of(y("2021-22"))),
                new YearFile("notes.csv", Optional.empty()));
        assertThat(ReturnMatchesJob.ssda903("combined", old, new LaPeriod("999", SEPT_2026))).extracting(m -> m.message())
                .containsExactly("combined: this SSDA903 return holds collection years 2017-18 to 2021-22, none of"
                        + " which covers the period ending 30/09/2026 of the run for LA 999 (collection year 2025-26 or"
                        + " 2026-27); if that is intended, set accept_other_la_or_year: true under inputs in the job"
                        + " file or pass --accept-other-la-or-year.");
    }

    @Test
    void anSsda903YearAfterThePeriodIsNamedWithItsFile() {
        List<YearFile> files = List.of(new YearFile("2025-26/episodes.csv", Optional.of(y("2025-26"))),
                new YearFile("2026-27/episodes.csv", Optional.of(y("2026-27"))));
        assertThat(ReturnMatchesJob.ssda903("903", files, new LaPeriod("999", MARCH_2026))).extracting(m -> m.file())
                .containsExactly("2026-27/episodes.csv");
    }

    @Test
    void aCinCensusOfAnotherLaIsAMismatchNamingBothLas() {
        List<CensusFile> files = List.of(new CensusFile("cin.xml", Optional.of("201"), Optional.of(y("2025-26"))));
        assertThat(ReturnMatchesJob.cinCensus("cin.xml", files, new LaPeriod("999", MARCH_2026))).extracting(m -> m.message())
                .containsExactly("cin.xml: this CIN census is for LA 201 and census year 2025-26, but the run is for LA"
                        + " 999 and the period ending 31/03/2026 (census year 2025-26); if that is intended, set"
                        + " accept_other_la_or_year: true under inputs in the job file or pass"
                        + " --accept-other-la-or-year.");
        assertThat(ReturnMatchesJob.cinCensus("cin.xml", files, new LaPeriod("201", MARCH_2026))).isEmpty();
    }

    @Test
    void cinCensusHistoryNeedsOneFileCoveringThePeriodAndNoneAfterIt() {
        CensusFile old = new CensusFile("cin-2024.xml", Optional.of("201"), Optional.of(y("2023-24")));
        CensusFile current = new CensusFile("cin-2026.xml", Optional.of("201"), Optional.of(y("2025-26")));
        CensusFile future = new CensusFile("cin-2027.xml", Optional.of("201"), Optional.of(y("2026-27")));
        assertThat(ReturnMatchesJob.cinCensus("cin", List.of(old, current), new LaPeriod("201", MARCH_2026))).isEmpty();
        assertThat(ReturnMatchesJob.cinCensus("cin", List.of(old, current, future), new LaPeriod("201", MARCH_2026)))
                .extracting(m -> m.file()).containsExactly("cin-2027.xml");
        assertThat(ReturnMatchesJob.cinCensus("cin", List.of(old), new LaPeriod("201", MARCH_2026)))
                .extracting(m -> m.file()).containsExactly("cin-2024.xml");             // one old file alone
        CensusFile older = new CensusFile("cin-2023.xml", Optional.of("201"), Optional.of(y("2022-23")));
        assertThat(ReturnMatchesJob.cinCensus("cin", List.of(older, old), new LaPeriod("201", MARCH_2026)))
                .extracting(m -> m.file()).containsExactly("cin");                      // the set, named by its folder
    }

    @Test
    void aHeaderWithoutLeaOrYearIsNotJudgedOnWhatItLacks() {
        CensusFile bare = new CensusFile("cin.xml", Optional.empty(), Optional.empty());
        assertThat(ReturnMatchesJob.cinCensus("cin.xml", List.of(bare), new LaPeriod("999", MARCH_2026))).isEmpty();
    }

    @Test
    void laCodesCompareAsDfECodes() {
        assertThat(LaCodes.same("201", "201")).isTrue();
        assertThat(LaCodes.same(" 0201 ", "201")).isTrue();
        assertThat(LaCodes.same("201", "999")).isFalse();
    }
}
