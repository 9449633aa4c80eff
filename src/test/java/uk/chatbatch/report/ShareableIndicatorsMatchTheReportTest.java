package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.report.ReportPdf.squash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;

/**
 * The shareable indicators dataset and the shareable PDF are drawn from the same results by the same small-number
 * rule: every figure the report prints as {@code <5} (or "withheld as well") is empty and marked suppressed in the
 * dataset, with the rule's reason, and every figure it prints is the dataset's number.
 */
class ShareableIndicatorsMatchTheReportTest {

    static String pdf;
    static List<Object[]> rows = new ArrayList<>();

    @BeforeAll
    static void drawBoth() {
        ReportInput input = ReportFixture.input();
        pdf = squash(ReportPdf.of(input.withVariant(ReportVariant.SHAREABLE)).all());
        IndicatorsDataset.RunFacts facts = new IndicatorsDataset.RunFacts(new LaPeriod("999", ReportFixture.T), 7L,
                input.context().settings(), Optional.of("North West"), Benchmarks.bundled());
        for (IndicatorResult result : input.indicators()) {
            rows.addAll(ShareableIndicatorsDataset.toRows(result, facts));
        }
    }

    /** "numerator/denominator/value suppressed reason" of one row, e.g. "620/null/620.0 false null". */
    static String figure(String id, String breakdown, String group) {
        Object[] row = rows.stream().filter(r -> r[2].equals(id) && r[4].equals(breakdown) && r[5].equals(group))
                .findFirst().orElseThrow(() -> new AssertionError(id + " " + breakdown + " " + group + " not found"));
        return row[col("numerator")] + "/" + row[col("denominator")] + "/" + row[col("value")] + " "
                + row[col("suppressed")] + " " + row[col("suppression_reason")];
    }

    static int col(String name) {
        return ShareableIndicatorsDataset.SCHEMA.indexOf(name);
    }

    @Test
    void aBreakdownWithOneSmallGroupWithholdsTheNextSmallestAsTheReportDoes() {
        // CON-01 by gender: male 610, female 620, other or unknown 4 (PDF: "Male <5", "Female 620", "Other or unknown <5")
        assertThat(figure("CON-01", "gender", "other or unknown")).isEqualTo("null/null/null true 1 to 4");
        assertThat(figure("CON-01", "gender", "male")).isEqualTo("null/null/null true protects a smaller group");
        assertThat(figure("CON-01", "gender", "female")).isEqualTo("620/null/620.0 false null");
        assertThat(pdf).contains(squash("Male <5 <5 Female 620 50.2% Other or unknown <5 <5"))
                .contains(squash("Male is withheld as well, so that a group of fewer"));
    }

    @Test
    void percentagesOutOfAShownBaseAreWithheldOnTheirCount() {
        // CON-07 by ethnic group out of 1,000: unknown 3 (small), refused or not obtained 7 (the next smallest)
        assertThat(figure("CON-07", "ethnic group", "unknown")).isEqualTo("null/null/null true 1 to 4");
        assertThat(figure("CON-07", "ethnic group", "Refused or not obtained"))
                .isEqualTo("null/null/null true protects a smaller group");
        assertThat(figure("CON-07", "ethnic group", "White")).isEqualTo("700/1000/70.0 false null");
        assertThat(pdf).contains(squash("Refused or not obtained is withheld as well"));
    }

    @Test
    void theHeadlinesWithheldAreTheOnesTheReportListsAndTheShownOnesAreItsNumbers() {
        List<String> withheld = rows.stream().filter(r -> r[4].equals("all") && Boolean.TRUE.equals(r[col("suppressed")]))
                .map(r -> (String) r[2]).toList();
        assertThat(withheld).containsExactly("CIN-06", "CP-06");
        assertThat(pdf).contains(squash("Headline figures withheld: CIN-06, CP-06."));
        // CIN-06: 3 of 40 disabled; ASM-02: 412 of 480 (PDF: "85.8% 412 of 480")
        assertThat(figure("CIN-06", "all", "all")).isEqualTo("null/null/null true 1 to 4");
        assertThat(figure("ASM-02", "all", "all")).startsWith("412/480/85.8").endsWith(" false null");
        assertThat(pdf).contains(squash("85.8% 412 of 480"));
    }

    @Test
    void staffBreakdownsAreLeftOutAndPyramidsAreBandedAsInTheReport() {
        assertThat(rows).noneMatch(r -> r[4].equals("team") || r[4].equals("worker"));
        assertThat(rows).noneMatch(r -> Arrays.asList(r).contains(ReportFixture.WORKER_A)
                || Arrays.asList(r).contains(ReportFixture.TEAM_A));
        // CON-06: female aged 18 is 3, alone in the band 18 to 21 (PDF: "18 to 21: <5")
        assertThat(figure("CON-06", "age and gender", "18 to 21 / female")).isEqualTo("null/null/null true 1 to 4");
        assertThat(figure("CON-06", "age and gender", "10 to 15 / female")).isEqualTo("255/null/255.0 false null");
        assertThat(pdf).contains(squash("Female by age: under 1: 38, 1 to 4: 122, 5 to 9: 151, 10 to 15: 255, 16 to"
                + " 17: 54, 18 to 21: <5"));
        assertThat(rows).noneMatch(r -> r[2].equals("CON-06") && ((String) r[5]).startsWith("7 / "));
    }

    @Test
    void anIndicatorNotComputedKeepsItsOneRowWithItsStatus() {
        Object[] cin01r = rows.stream().filter(r -> r[2].equals("CIN-01R")).findFirst().orElseThrow();
        assertThat(cin01r[col("status")]).isEqualTo("failed");
        assertThat(cin01r[col("numerator")]).isNull();
        assertThat(cin01r[col("suppressed")]).isEqualTo(false);
    }
}
