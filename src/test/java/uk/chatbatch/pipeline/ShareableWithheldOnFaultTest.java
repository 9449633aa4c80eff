package uk.chatbatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.report.ReportInput;
import uk.chatbatch.report.ReportVariant;

/**
 * Fail closed for faults: when the small-number rule itself cannot judge a figure, the shareable report is not
 * written, and everything else of the run (the datasets, the internal report) is published with a notice that
 * names the figure and why, which the run summary prints (and turns into exit code 3).
 */
class ShareableWithheldOnFaultTest {

    static final LocalDate T = LocalDate.of(2026, 9, 30);

    @Test
    void aFigureTheRuleCannotJudgeWithholdsOnlyTheShareableReport(@TempDir Path dir) throws Exception {
        Path workbook = dir.resolve("annex-a.xlsx");
        new SyntheticAnnexAGenerator().generate(new GeneratorOptions(3, 50, T, true, "Generated"), workbook);
        RunRequest request = new RunRequest("999", "Generated", T, Optional.of(workbook), dir.resolve("out"));
        IndicatorCatalogue catalogue = IndicatorCatalogue.discover();
        new IngestStage(m -> { }).run(request);
        new IndicatorStage(new IndicatorEngine(catalogue), m -> { }).run(request, 1L);
        List<String> progress = new ArrayList<>();

        new ReportStage(catalogue, progress::add, ShareableWithheldOnFaultTest::asm02WithoutItsBase).run(request,
                ZonedDateTime.of(2026, 10, 5, 9, 0, 0, 0, ZoneId.of("Europe/London")));

        Path reports = request.layout().reportFile(new LaPeriod("999", T), ReportStage.NOTICES).getParent();
        assertThat(reports.resolve(ReportStage.fileName(ReportVariant.INTERNAL))).isNotEmptyFile();
        assertThat(reports.resolve(ReportStage.fileName(ReportVariant.SHAREABLE))).doesNotExist();
        String withheld = "Shareable report withheld: the small-number rule could not be applied to ASM-02 (a"
                + " percentage for all without the number it is out of), so it was not written; everything else was"
                + " published.";
        assertThat(Files.readAllLines(reports.resolve(ReportStage.NOTICES))).containsExactly(withheld);
        assertThat(progress).contains(withheld);
        assertThat(request.layout().datasetPartition("indicators", new LaPeriod("999", T))).isDirectory();
        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no part-written file")
                    .noneMatch(name -> name.endsWith(".part"));
        }
    }

    /** ASM-02's headline as a percentage with no base: nothing the rule can judge. */
    static ReportInput asm02WithoutItsBase(ReportInput in) {
        List<IndicatorResult> results = new ArrayList<>();
        for (IndicatorResult r : in.indicators()) {
            results.add(!r.metadata().id().equals("ASM-02") ? r : new IndicatorResult(r.metadata(),
                    IndicatorStatus.COMPUTED, "", List.of(new IndicatorValue(IndicatorValue.ALL, IndicatorValue.ALL,
                    30, null, 75.0))));
        }
        return new ReportInput(in.key(), in.laName(), in.generatedAt(), in.ingest(), in.issues(),
                results, in.data(), in.context(), in.history(), in.benchmarks(), in.region(),
                in.populationByEthnicGroup(), in.reconciliation(), in.variant());
    }
}
