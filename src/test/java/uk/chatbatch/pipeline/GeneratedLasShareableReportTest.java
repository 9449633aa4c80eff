package uk.chatbatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.chatbatch.disclosure.SmallNumberRule;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.report.ReportVariant;

/**
 * Small generated LAs ({@code generate --children N --seed S}, N from 10 to 400, seeds 1 to 5), where small numbers
 * are everywhere, go through ingest, indicators and report (the stages without Spring, as the job runs them)
 * and always end with the shareable report (and the internal one, drawn for seed 1 of each size). The shareable report's
 * list of withheld headline figures is exactly the indicators whose count or base in the indicators dataset is
 * 1 to 4: nothing of 5 or more is shown as {@value SmallNumberRule#SHOWN_AS}, nothing of 1 to 4 is shown.
 */
class GeneratedLasShareableReportTest {

    static final LocalDate T = LocalDate.of(2026, 9, 30);
    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.discover();
    static final Pattern WITHHELD = Pattern.compile("Headline figures withheld: ([A-Z0-9, -]+)\\.");

    static List<int[]> sizesAndSeeds() {
        List<int[]> runs = new ArrayList<>();
        for (int children : new int[] {10, 20, 50, 100, 400}) {
            for (int seed = 1; seed <= 5; seed++) {
                runs.add(new int[] {children, seed});
            }
        }
        return runs;
    }

    @ParameterizedTest(name = "generate --children {0} --seed {1}")
    @MethodSource("sizesAndSeeds")
    void everySmallLaEndsWithBothReportsAndWithholdsOnlyOneToFour(int[] run, @TempDir Path dir) throws Exception {
        int children = run[0];
        int seed = run[1];
        Path workbook = dir.resolve("annex-a.xlsx");
        new SyntheticAnnexAGenerator().generate(new GeneratorOptions(seed, children, T, true, "Generated"), workbook);
        // the internal report withholds nothing, so one seed per size is enough to show it is drawn too
        List<ReportVariant> variants = seed == 1 ? List.of(ReportVariant.INTERNAL, ReportVariant.SHAREABLE)
                : List.of(ReportVariant.SHAREABLE);
        RunRequest request = new RunRequest("999", "Generated", T, Optional.of(workbook), Optional.empty(),
                Optional.empty(), dir.resolve("out"), IndicatorSettings.defaults(), Population.notConfigured(),
                Optional.empty(), variants, Optional.empty());
        new IngestStage(m -> { }).run(request);
        new IndicatorStage(new IndicatorEngine(CATALOGUE), m -> { }).run(request, 1L);
        new ReportStage(CATALOGUE, m -> { }).run(request, ZonedDateTime.of(2026, 10, 5, 9, 0, 0, 0,
                ZoneId.of("Europe/London")));

        Path reports = request.layout().reportFile(new LaPeriod("999", T), "x").getParent();
        for (ReportVariant variant : variants) {
            assertThat(reports.resolve(ReportStage.fileName(variant))).as(variant.label()).isNotEmptyFile();
        }
        assertThat(reports.resolve(ReportStage.NOTICES)).as("nothing withheld or left undrawn").doesNotExist();

        TableData indicators = ParquetTableReader.read(request.layout().datasetPartition("indicators", new LaPeriod("999", T)));
        TreeSet<String> small = new TreeSet<>();
        for (int r = 0; r < indicators.rowCount(); r++) {
            if (!"computed".equals(indicators.value(r, "status")) || !"all".equals(indicators.value(r, "breakdown"))) {
                continue;
            }
            long numerator = (Long) indicators.value(r, "numerator");
            Long denominator = (Long) indicators.value(r, "denominator");
            boolean rate = "per 10,000 children".equals(indicators.value(r, "unit"));
            if (SmallNumberRule.isSmall(numerator) || (!rate && denominator != null && SmallNumberRule.isSmall(denominator))) {
                small.add((String) indicators.value(r, "indicator_id"));
            }
        }
        assertThat(withheldHeadlines(reports.resolve(ReportStage.fileName(ReportVariant.SHAREABLE))))
                .as("headlines withheld in the shareable report of %d children, seed %d", children, seed)
                .isEqualTo(small);
    }

    /** The ids the notes page lists as withheld headline figures. */
    static TreeSet<String> withheldHeadlines(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page)).append(' ');
            }
            String squashed = all.toString().replaceAll("\\s+", " ");
            TreeSet<String> ids = new TreeSet<>();
            if (squashed.contains("No headline figure is withheld.")) {
                return ids;
            }
            Matcher m = WITHHELD.matcher(squashed);
            assertThat(m.find()).as("the notes list the withheld headlines").isTrue();
            for (String id : m.group(1).split(",")) {
                ids.add(id.replaceAll("\\s", "")); // a line may wrap after an id's hyphen
            }
            return ids;
        } finally {
            reader.close();
        }
    }
}
