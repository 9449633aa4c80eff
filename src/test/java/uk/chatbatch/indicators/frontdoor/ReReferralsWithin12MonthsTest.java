package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRALS_LAST_12_MONTHS;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.ingest.read.TabularSource;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.annexa.AnnexAIngest;
import uk.chatbatch.annexa.IngestSink;
import uk.chatbatch.ingest.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;

class ReReferralsWithin12MonthsTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ReReferralsWithin12Months indicator = new ReReferralsWithin12Months();

    /** Each row is one scenario: a referral of child C1 and one other referral, of C1 or of C2. */
    @ParameterizedTest(name = "{0}: {5} of {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | T          | referral   | other      | other child | re-referrals | in window
            earlier referral exactly 12 months before          | 2025-09-30 | 2025-09-15 | 2024-09-15 | C1          | 1            | 1
            earlier referral 12 months and a day before        | 2025-09-30 | 2025-09-15 | 2024-09-14 | C1          | 0            | 1
            earlier referral in the window: only the later one | 2025-09-30 | 2025-09-15 | 2025-06-01 | C1          | 1            | 2
            another referral on the same day is not earlier    | 2025-09-30 | 2025-09-15 | 2025-09-15 | C1          | 0            | 2
            a later referral does not make this one a repeat   | 2025-09-30 | 2025-04-01 | 2025-10-15 | C1          | 0            | 1
            earlier referral of a different child              | 2025-09-30 | 2025-09-15 | 2025-06-01 | C2          | 0            | 2
            referral before the window is not measured         | 2025-09-30 | 2025-03-30 | 2024-12-01 | C1          | 0            | 0
            29 Feb 2024 looks back to 28 Feb 2023              | 2024-03-31 | 2024-02-29 | 2023-02-28 | C1          | 1            | 1
            """)
    void countsReferralsWithAnEarlierReferralOfTheSameChildInTheYearBefore(String scenario, LocalDate periodEnd,
            LocalDate referral, LocalDate other, String otherChild, long reReferrals, long inWindow) {
        IndicatorResult result = indicator.compute(
                only(REFERRALS, referral("C1", referral), referral(otherChild, other)), periodEnding(periodEnd));
        assertRatio(reReferrals, inWindow, result);
    }

    @Test
    void percentageOfTheWindowsReferrals() {
        IndicatorResult result = indicator.compute(only(REFERRALS,
                referral("C1", LocalDate.of(2024, 11, 1)),   // before the window: only looked back to
                referral("C1", LocalDate.of(2025, 4, 10)),   // re-referral (C1 on 1 Nov 2024)
                referral("C2", LocalDate.of(2025, 5, 20)),   // first referral of C2
                referral("C2", LocalDate.of(2025, 8, 1)),    // re-referral (C2 on 20 May)
                referral("C3", LocalDate.of(2025, 9, 30))),  // first referral of C3, on T
                T);

        assertRatio(2, 4, result);
        assertThat(headline(result).value()).isEqualTo(50.0);
    }

    /** Each row is one referral of C1 in the window; C1 may have another referral in List 3, before the window. */
    @ParameterizedTest(name = "{0}: re-referral {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                       | referral   | count | earlier in list | re-referral
            count 2: this referral and an earlier one not in the list    | 2025-04-10 | 2     |                 | 1
            count 1: a first referral                                    | 2025-04-10 | 1     |                 | 0
            count 1 wins over an earlier referral in the list            | 2025-06-10 | 1     | 2025-03-15      | 0
            count 5 is a re-referral                                     | 2025-04-10 | 5     |                 | 1
            count blank: the list's dates decide                         | 2025-06-10 |       | 2025-03-15      | 1
            count 0 contradicts the referral: the list's dates decide    | 2025-06-10 | 0     | 2025-03-15      | 1
            count blank and nothing earlier in the list                  | 2025-04-10 |       |                 | 0
            count blank, earlier referral 12 months and a day before     | 2025-04-10 |       | 2024-04-09      | 0
            """)
    void theCountFieldDecidesWhereItIsUsable(String scenario, LocalDate date, Integer count, LocalDate earlier,
                                             long reReferral) {
        TableRecord referral = referral("C1", date, count);
        IndicatorResult result = indicator.compute(earlier == null ? only(REFERRALS, referral)
                : only(REFERRALS, referral, referral("C1", earlier, 1)), T);

        assertRatio(reReferral, 1, result);
    }

    @Test
    void englandLikeRateFromTheCountWhereTheListHoldsOnlySixMonths() {
        IndicatorResult result = indicator.compute(only(REFERRALS,
                referral("C1", LocalDate.of(2025, 4, 10), 2),    // earlier referral in Jan, before the list: re-referral
                referral("C2", LocalDate.of(2025, 5, 20), 1),    // first
                referral("C3", LocalDate.of(2025, 6, 1), 1),     // first
                referral("C4", LocalDate.of(2025, 9, 1), 3)),    // two earlier, neither listed: re-referral
                T);

        assertRatio(2, 4, result);
        assertThat(result.message()).isEqualTo("re-referrals read from Number of Referrals in Last 12 Months for all"
                + " 4 referrals");
    }

    @Test
    void statusMessageSaysWhichSourceDecided() {
        IndicatorResult mixed = indicator.compute(only(REFERRALS,
                referral("C1", LocalDate.of(2025, 4, 10), 2),
                referral("C2", LocalDate.of(2025, 5, 20), null)), T);
        IndicatorResult noCounts = indicator.compute(only(REFERRALS,
                referral("C1", LocalDate.of(2025, 4, 10)), referral("C1", LocalDate.of(2025, 5, 10))), T);

        assertThat(mixed.message()).isEqualTo("re-referrals read from Number of Referrals in Last 12 Months for 1"
                + " referral and from List 3's own dates for 1 (count blank, not a whole number, or 0)");
        assertThat(noCounts.message()).isEqualTo("Number of Referrals in Last 12 Months not given: re-referrals"
                + " found from List 3's own dates, which see only the referrals the list holds");
        assertRatio(1, 2, noCounts);
    }

    /**
     * A generated LA (with its mess: blank, text and rejected cells) agrees with itself: REF-02 equals the share
     * of the window's referrals whose Number of Referrals in Last 12 Months is 2 or more, where every count is
     * usable, and the generator fills that column from the same journeys its List 3 holds, so the look-back
     * through the list's own dates gives the same referrals.
     */
    @ParameterizedTest(name = "seed {0}, {1} children")
    @CsvSource({"1, 400", "5, 2000"})
    void onAGeneratedLaReReferralsAgreeWithTheCountColumn(long seed, int children, @TempDir Path dir)
            throws IOException {
        LocalDate periodEnd = LocalDate.of(2026, 9, 30);
        Path file = new SyntheticAnnexAGenerator().write(new GeneratorOptions(seed, children, periodEnd, true, "X"),
                dir.resolve("la.xlsx"));
        List<TableRecord> referrals = new ArrayList<>();
        try (TabularSource source = TabularSource.open(file)) {
            new AnnexAIngest(m -> { }).read(source, new IngestSink() {
                public void clean(TableRecord record) {
                    if (record.table() == REFERRALS) {
                        referrals.add(record);
                    }
                }

                public void quarantined(QuarantinedRecord row) {
                }

                public void issue(Issue issue) {
                }
            });
        }
        IndicatorContext context = periodEnding(periodEnd);
        List<TableRecord> inWindow = referrals.stream()
                .filter(r -> context.period().inWindow(r.date(DATE_OF_REFERRAL))).toList();
        long countSaysReReferral = inWindow.stream().filter(r -> r.integer(REFERRALS_LAST_12_MONTHS) != null
                && r.integer(REFERRALS_LAST_12_MONTHS) >= 2).count();
        long usableCounts = inWindow.stream().filter(r -> r.integer(REFERRALS_LAST_12_MONTHS) != null
                && r.integer(REFERRALS_LAST_12_MONTHS) >= 1).count();
        List<TableRecord> withoutCounts = referrals.stream().map(r -> row(REFERRALS)
                .set(CHILD_ID, r.childId()).set(DATE_OF_REFERRAL, r.date(DATE_OF_REFERRAL)).build()).toList();

        IndicatorResult fromColumn = indicator.compute(only(REFERRALS, referrals.toArray(TableRecord[]::new)), context);
        IndicatorResult fromListDates = indicator.compute(
                only(REFERRALS, withoutCounts.toArray(TableRecord[]::new)), context);

        assertThat(usableCounts).as("the mess leaves most counts usable").isGreaterThan(inWindow.size() * 9L / 10);
        assertThat(headline(fromColumn).denominator()).isEqualTo(inWindow.size());
        assertThat(headline(fromColumn).numerator()).isEqualTo(headline(fromListDates).numerator());
        if (usableCounts == inWindow.size()) {
            assertThat(headline(fromColumn).numerator()).isEqualTo(countSaysReReferral);
        }
        assertThat(headline(fromColumn).value()).as("near England's 22.6%").isBetween(15.0, 30.0);
    }

    @Test
    void noReferralsInTheWindowIsNoCasesWithNoValue() {
        IndicatorResult result = indicator.compute(only(REFERRALS, referral("C1", LocalDate.of(2024, 1, 1))), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(result).value()).isNull();
        assertThat(result.message()).isEqualTo("no referrals dated in the window");
    }

    private static TableRecord referral(String child, LocalDate date) {
        return referral(child, date, null);
    }

    private static TableRecord referral(String child, LocalDate date, Integer referralsInLast12Months) {
        return row(REFERRALS).set(CHILD_ID, child).set(DATE_OF_REFERRAL, date)
                .set(REFERRALS_LAST_12_MONTHS, referralsInLast12Months).build();
    }
}
