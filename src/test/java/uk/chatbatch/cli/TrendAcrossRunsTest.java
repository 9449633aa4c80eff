package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.pipeline.PublishedDatasets;
import uk.chatbatch.report.PeriodResults;

/** A later period's run finds the earlier periods of the same LA for its trend lines. */
class TrendAcrossRunsTest {

    @TempDir
    Path dir;

    @Test
    void aSecondPeriodSeesTheFirstAsHistory() throws Exception {
        Path out = dir.resolve("output");
        for (String period : new String[] {"2026-08-31", "2026-09-30"}) {
            CapturedOutput run = CapturedOutput.launch("run", "jobs/sample-la.yml", "--period-end", period,
                    "--reports", "internal", "--output", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        List<PeriodResults> history = new PublishedDatasets(new OutputLayout(out), new LaPeriod("999", LocalDate.of(2026, 9, 30)))
                .earlierPeriods(IndicatorCatalogue.discover().definitions());
        assertThat(history).extracting(PeriodResults::periodEnd).containsExactly(LocalDate.of(2026, 8, 31));
        assertThat(history.get(0).indicators()).isNotEmpty();
        assertThat(out.resolve("reports/999/2026-09-30/chat-appendix-shareable.pdf")).as("--reports internal").doesNotExist();
        assertThat(new PublishedDatasets(new OutputLayout(out), new LaPeriod("999", LocalDate.of(2026, 8, 31)))
                .earlierPeriods(IndicatorCatalogue.discover().definitions())).isEmpty();
    }
}
