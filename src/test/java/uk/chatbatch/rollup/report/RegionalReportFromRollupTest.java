package uk.chatbatch.rollup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.rollup.report.RegionalReportTest.page;
import static uk.chatbatch.rollup.report.RegionalReportTest.pages;
import static uk.chatbatch.rollup.report.RegionalReportTest.squash;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.rollup.Rollup;
import uk.chatbatch.rollup.RollupSelection;
import uk.chatbatch.rollup.synthetic.SyntheticRegion;

/**
 * The regional PDF of a real roll-up: 12 synthetic London LAs' shareable indicators over 3 periods, rolled up by
 * the product, then drawn. Every headline measure's table lists the dataset's ranked LAs in its rank order with
 * its ranks; every withheld figure in the dataset is "withheld" on its LA's sheet; a sheet per LA, in code order.
 */
class RegionalReportFromRollupTest {

    static final LocalDate LATEST = LocalDate.of(2026, 9, 30);

    @TempDir
    static Path dir;
    static Rollup.Result rollup;
    static List<String> pages;
    static TableData latest;

    @BeforeAll
    static void rollUpAndDraw() throws Exception {
        Path region = dir.resolve("region");
        new SyntheticRegion().write(region, new SyntheticRegion.Options(12, 3, 7, LATEST), 2);
        rollup = Rollup.run(RollupSelection.choose(List.of(region), Optional.empty(), List.of(), Optional.empty()),
                dir.resolve("out"), m -> { });
        String group = rollup.group().id();
        Path pdf = RegionalReport.path(dir.resolve("out"), group, LATEST);
        List<String> notDrawn = RegionalReport.write(dir.resolve("out").resolve(Rollup.BENCHMARKING_DIR),
                dir.resolve("out").resolve(Rollup.TREND_DIR), group, LATEST, pdf);
        assertThat(notDrawn).isEmpty();
        pages = pages(pdf);
        latest = ParquetTableReader.read(rollup.benchmarking().resolve("period=" + LATEST));
    }

    @Test
    void theGroupIsLondonsFirstTwelveLas() {
        assertThat(rollup.group().id()).isEqualTo("London");
        assertThat(rollup.group().laCodes()).hasSize(12);
    }

    @Test
    void everyMeasureListsTheDatasetsRankedLasInRankOrderWithTheirRanks() {
        int checked = 0;
        for (IndicatorMetadata m : RegionalReport.headlines()) {
            List<Integer> rows = headlineRows(m.id());
            if (rows.isEmpty()) {
                continue;
            }
            List<Integer> ranked = new ArrayList<>(rows.stream().filter(r -> latest.value(r, "rank") != null).toList());
            ranked.sort(Comparator.comparing((Integer r) -> (Long) latest.value(r, "rank"))
                    .thenComparing(r -> (String) latest.value(r, "la_code")));
            String measure = tableOf(m.title() + " (" + m.id() + ")");
            List<Integer> at = new ArrayList<>();
            for (int r : ranked) {
                String la = RegionalData.laLabel((String) latest.value(r, "la_code"));
                String row = latest.value(r, "rank") + la;
                assertThat(measure).as(m.id() + ": " + la).containsPattern("=?" + java.util.regex.Pattern.quote(squash(row)));
                at.add(measure.indexOf(squash(row)));
            }
            assertThat(at).as(m.id() + " in rank order").isSorted();
            checked++;
        }
        assertThat(checked).as("headline measures with rows").isGreaterThanOrEqualTo(12);
    }

    @Test
    void everyWithheldFigureIsWithheldOnItsLasSheet() {
        int withheld = 0;
        for (IndicatorMetadata m : RegionalReport.headlines()) {
            for (int r : headlineRows(m.id())) {
                if (Boolean.TRUE.equals(latest.value(r, "suppressed"))) {
                    String la = (String) latest.value(r, "la_code");
                    String sheet = page(pages, RegionalData.laLabel(la) + ": where it stands in London");
                    assertThat(sheet).as(m.id() + " of " + la)
                            .contains(squash(m.id() + m.title() + "withheld"))
                            .contains(squash(m.id() + ": Withheld"));
                    withheld++;
                }
            }
        }
        assertThat(withheld).as("the synthetic region withholds some headline figures").isPositive();
    }

    @Test
    void aSheetPerLaInCodeOrderAfterTheMeasures() {
        List<String> las = rollup.group().laCodes().stream().sorted().toList();
        List<String> last = pages.subList(pages.size() - las.size(), pages.size());
        for (int i = 0; i < las.size(); i++) {
            assertThat(last.get(i)).startsWith(squash(RegionalData.laLabel(las.get(i)) + ": where it stands in London"));
        }
        assertThat(pages.stream().filter(p -> p.contains(squash(": where it stands in London"))).count())
                .isEqualTo(las.size());
    }

    private static List<Integer> headlineRows(String id) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < latest.rowCount(); r++) {
            if (id.equals(latest.value(r, "indicator_id")) && "all".equals(latest.value(r, "breakdown"))) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** The measure's table of ranks, on its first page or the next (the chart above it also names the LAs). */
    private static String tableOf(String heading) {
        int first = pages.indexOf(page(pages, heading));
        String text = pages.get(first) + (first + 1 < pages.size() ? pages.get(first + 1) : "");
        return text.substring(text.indexOf(squash("Ranks and quarters")));
    }
}
