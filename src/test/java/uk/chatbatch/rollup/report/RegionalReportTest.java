package uk.chatbatch.rollup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.chatbatch.rollup.report.BenchmarkingFixture.LaFigure.noFigure;
import static uk.chatbatch.rollup.report.BenchmarkingFixture.LaFigure.otherSettings;
import static uk.chatbatch.rollup.report.BenchmarkingFixture.LaFigure.shown;
import static uk.chatbatch.rollup.report.BenchmarkingFixture.LaFigure.withheld;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.cli.LeadersReportEndToEndTest;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.rollup.BenchmarkingDataset;
import uk.chatbatch.rollup.report.BenchmarkingFixture.Cell;

/**
 * The regional PDF read back as a reader sees it (OpenPDF's text extraction, page by page): the LAs in rank
 * order with their ranks and quarters, a withheld LA worded and never given a number, a not-compared LA with its
 * reason, the group median's trend, one sheet per LA, and nothing under 8 points.
 */
class RegionalReportTest {

    static final String GROUP = "London";
    static final LocalDate PERIOD = LocalDate.of(2026, 9, 30);
    static final LocalDate EARLIER = LocalDate.of(2026, 3, 31);
    static final String ASM_02 = "Assessments completed within 45 working days (ASM-02)";

    @TempDir
    Path dir;

    /** ASM-02, percentage of assessments within 45 working days: higher is better. */
    static IndicatorMetadata asm02() {
        return RegionalReport.headlines().stream().filter(m -> m.id().equals("ASM-02")).findFirst().orElseThrow();
    }

    /** Five inner London LAs; Hackney's figure is withheld (the figure it held back is 61.7, which must not appear). */
    static List<BenchmarkingFixture.LaFigure> fiveLas() {
        return List.of(
                shown("202", 82.0),                       // Camden: rank 1, top quarter
                shown("203", 75.5),                       // Greenwich: rank 2, upper middle quarter
                new BenchmarkingFixture.LaFigure("204", 61.7, true, null), // Hackney: withheld, not ranked
                shown("205", 70.25),                      // Hammersmith and Fulham: rank 3, lower middle quarter
                shown("206", 58.0));                      // Islington: rank 4, bottom quarter
    }

    Path writeFiveLas(List<BenchmarkingFixture.LaFigure> now, List<BenchmarkingFixture.LaFigure> before)
            throws IOException {
        List<Object[]> current = BenchmarkingFixture.rows(GROUP, PERIOD, Cell.of(asm02(), 71.3, now));
        List<Object[]> earlier = BenchmarkingFixture.rows(GROUP, EARLIER, Cell.of(asm02(), 71.3, before));
        BenchmarkingFixture.writeBenchmarking(dir.resolve("benchmarking"), GROUP, PERIOD, current);
        BenchmarkingFixture.writeBenchmarking(dir.resolve("benchmarking"), GROUP, EARLIER, earlier);
        List<Object[]> both = new ArrayList<>(earlier);
        both.addAll(current);
        BenchmarkingFixture.writeTrend(dir.resolve("benchmarking_trend"), GROUP, both);
        Path pdf = RegionalReport.path(dir, GROUP, PERIOD);
        List<String> notDrawn = RegionalReport.write(dir.resolve("benchmarking"), dir.resolve("benchmarking_trend"),
                GROUP, PERIOD, pdf);
        assertThat(notDrawn).as("every part drawn").isEmpty();
        return pdf;
    }

    @Test
    void theMeasurePageRanksTheLasBestFirstWithTheirRanksAndQuarters() throws IOException {
        Path pdf = writeFiveLas(fiveLas(), List.of(shown("202", 60.0), shown("203", 64.0), shown("206", 70.0)));
        String measure = page(pages(pdf), ASM_02);
        // the table's rows: rank, LA, figure, quarter in words, best first, the withheld LA after the ranked ones
        assertThat(positions(measure, "1 Camden (202) 82.0% top quarter", "2 Greenwich (203) 75.5% upper middle quarter",
                "3 Hammersmith and Fulham (205) 70.3% lower middle quarter", "4 Islington (206) 58.0% bottom quarter",
                "Hackney (204) withheld")).isSorted();
        // median of 58.0, 70.25, 75.5, 82.0 = 72.875; quartiles 67.2 and 77.1 (type 7); England's year in the key
        assertThat(measure).contains(squash("Group median 72.9% across 4 of 5 LAs (middle half 67.2% to 77.1%"))
                .contains(squash("England 71.3% (2025)"))
                .contains(squash("Higher is better, so rank 1 is the highest figure."));
    }

    @Test
    void aWithheldLaIsWordedNeverGivenANumberAndNotRanked() throws IOException {
        Path pdf = writeFiveLas(fiveLas(), List.of(shown("202", 60.0), shown("203", 64.0)));
        List<String> pages = pages(pdf);
        assertThat(String.join("", pages)).as("the figure Hackney held back").doesNotContain("61.7");
        String measure = page(pages, ASM_02);
        assertThat(measure).as("in the table: no rank before it, no quarter after it")
                .contains(squash("(206) 58.0% bottom quarter Hackney (204) withheld Withheld: based on 1 to 4"
                        + " children or records."))
                .contains(squash("Not ranked: 1 withheld."));
        String sheet = page(pages, "Hackney (204): where it stands in London");
        assertThat(sheet).as("figure, group median, rank, (no quarter), England")
                .contains(squash("ASM-02 Assessments completed within 45 working days withheld 72.9% not ranked 71.3%"))
                .contains(squash("ASM-02: Withheld: based on 1 to 4 children or records."));
    }

    @Test
    void anLaOnOtherSettingsIsNotComparedAndSaysWhy() throws IOException {
        Path pdf = writeFiveLas(List.of(shown("202", 82.0), shown("203", 75.5),
                otherSettings("205", 90.0, "working days: calendar"), noFigure("206")), List.of());
        List<String> pages = pages(pdf);
        String measure = page(pages, ASM_02);
        assertThat(measure).contains(squash("Hammersmith and Fulham (205) not compared Definition or settings"
                        + " differ from the group's: working days: calendar vs no settings."))
                .contains(squash("Islington (206) no figure No figure for this period"))
                .as("90.0 is neither ranked nor in the median: (82.0 + 75.5) / 2")
                .contains(squash("Group median 78.8% across 2 of 4 LAs"))
                .contains(squash("Not ranked: 1 not compared, 1 without a figure."));
        assertThat(page(pages, "Hammersmith and Fulham (205): where it stands"))
                .contains(squash("ASM-02: Definition or settings differ from the group's: working days: calendar"));
    }

    @Test
    void theTrendShowsTheGroupMedianOfEachPeriodAndTheLasItRestsOn() throws IOException {
        // earlier period: median of 60, 64, 70 = 64.0 over 3 LAs; now 72.9% over 4
        Path pdf = writeFiveLas(fiveLas(), List.of(shown("202", 60.0), shown("203", 64.0), shown("206", 70.0)));
        String measure = page(pages(pdf), ASM_02);
        assertThat(measure).contains(squash("64.0% 3 Mar 26 72.9% 4 Sep 26"));
    }

    @Test
    void aSheetPerLaOnOnePageEachAfterTheMeasuresAndNothingUnder8Points() throws IOException {
        Path pdf = writeFiveLas(fiveLas(), List.of());
        List<String> pages = pages(pdf);
        List<String> headlinesMissing = RegionalReport.headlines().stream().map(IndicatorMetadata::id)
                .filter(id -> !id.equals("ASM-02")).toList();
        // overview, ASM-02 (the only measure in the data), then one sheet per LA
        assertThat(pages).hasSize(1 + 1 + 5);
        List<String> sheets = List.of("Camden (202)", "Greenwich (203)", "Hackney (204)", "Hammersmith and Fulham (205)",
                "Islington (206)");
        for (int i = 0; i < sheets.size(); i++) {
            assertThat(pages.get(2 + i)).as("page %d", 3 + i).startsWith(squash(sheets.get(i) + ": where it stands in London"));
        }
        assertThat(pages.get(0)).as("the overview names the measures with no figures")
                .contains(headlinesMissing.get(0)).contains(squash("No LA in the group has this measure in this period."));
        assertThat(LeadersReportEndToEndTest.smallestText(pdf)).isGreaterThanOrEqualTo(LeadersReportEndToEndTest.SMALLEST_TEXT);
    }

    @Test
    void thirtyThreeLasGiveThirtyThreeOnePageSheetsAndEveryMeasureRanksThemAll() throws IOException {
        List<String> las = IntStream.rangeClosed(301, 320).mapToObj(String::valueOf).toList();
        List<String> london = new ArrayList<>(las);
        IntStream.rangeClosed(201, 213).mapToObj(String::valueOf).forEach(london::add);
        List<LocalDate> periods = List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 9, 30), LocalDate.of(2026, 3, 31),
                PERIOD);
        BenchmarkingFixture.region(dir, GROUP, london, periods, 11L);
        Path pdf = RegionalReport.path(dir, GROUP, PERIOD);
        assertThat(RegionalReport.write(dir.resolve("benchmarking"), dir.resolve("benchmarking_trend"), GROUP, PERIOD,
                pdf)).isEmpty();
        List<String> pages = pages(pdf);
        List<String> lastPages = pages.subList(pages.size() - 33, pages.size());
        List<String> sorted = london.stream().sorted().toList();
        for (int i = 0; i < 33; i++) {
            assertThat(lastPages.get(i)).startsWith(squash(RegionalData.laLabel(sorted.get(i)) + ": where it stands in London"));
        }
        assertThat(LeadersReportEndToEndTest.smallestText(pdf)).isGreaterThanOrEqualTo(LeadersReportEndToEndTest.SMALLEST_TEXT);
    }

    @Test
    void aFigureThatCannotBeDrawnSaysSoInItsPlaceAndTheRestIsDrawn() throws IOException {
        List<Object[]> rows = BenchmarkingFixture.rows(GROUP, PERIOD, Cell.of(asm02(), 71.3,
                List.of(shown("202", 82.0), shown("203", 75.5))));
        // a dataset written by another tool with a figure that is not a number: Greenwich's ranked bar has no length
        rows.get(1)[BenchmarkingDataset.SCHEMA.indexOf("value")] = Double.NaN;
        BenchmarkingFixture.writeBenchmarking(dir.resolve("benchmarking"), GROUP, PERIOD, rows);
        Path pdf = dir.resolve("x.pdf");
        List<String> notDrawn = RegionalReport.write(dir.resolve("benchmarking"), dir.resolve("no-trend"), GROUP, PERIOD,
                pdf);
        assertThat(notDrawn).singleElement().asString().startsWith("ASM-02, ranked chart could not be drawn:")
                .contains("Greenwich (203)");
        List<String> pages = pages(pdf);
        String measure = page(pages, ASM_02);
        assertThat(measure).contains(squash("could not be drawn: IllegalArgumentException (Greenwich (203)'s figure is NaN"))
                .contains(squash("No trend: the benchmarking_trend dataset has no folder"))
                .contains(squash("Ranks and quarters")).contains(squash("1 Camden (202) 82.0% top quarter"));
        assertThat(pages).hasSize(1 + 1 + 2);
    }

    @Test
    void aPeriodWithoutBenchmarkingRowsIsOneSentenceNamingTheFolder() {
        assertThatThrownBy(() -> RegionalReport.write(dir.resolve("benchmarking"), dir.resolve("benchmarking_trend"),
                GROUP, PERIOD, dir.resolve("x.pdf")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The benchmarking dataset has no partition for group London and period 2026-09-30: "
                        + dir.resolve("benchmarking/group=London/period=2026-09-30") + " is not a folder.");
    }

    /**
     * Each page's text without any whitespace: OpenPDF's extraction runs a table's cells together and breaks
     * lines where they wrap, so text is compared squashed.
     */
    static List<String> pages(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(squash(text.getTextFromPage(page)));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    /** The first page with the heading. */
    static String page(List<String> pages, String heading) {
        return pages.stream().filter(p -> p.contains(squash(heading))).findFirst()
                .orElseThrow(() -> new AssertionError("no page has " + heading));
    }

    static List<Integer> positions(String page, String... texts) {
        List<Integer> at = new ArrayList<>();
        for (String text : texts) {
            assertThat(page).contains(squash(text));
            at.add(page.indexOf(squash(text)));
        }
        return at;
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }
}
