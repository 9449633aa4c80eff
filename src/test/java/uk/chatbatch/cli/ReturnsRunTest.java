package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.SharedSamples;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * The returns without Annex A: five years of the cs-demand-model SSDA903 sample and a CIN census
 * sample run together, each table accounted for, the Annex A indicators saying why they are absent, and the
 * indicators of the returns computed without failing.
 */
class ReturnsRunTest {

    static final Path SSDA903 = SharedSamples.path("cs-demand-model/cs_demand_model_samples/combined");
    static final Path CIN = SharedSamples.path("liia-tools/liiatools/cin_census_pipeline/spec/samples/cin-2022.xml");

    @TempDir
    Path dir;

    @Test
    void anyOfTheSourcesRunsAloneAndEveryRowIsAccountedFor() throws Exception {
        Path out = dir.resolve("output");
        CapturedOutput run = CapturedOutput.launch("run", "--la", "201", "--period-end", "2022-03-31",
                "--ssda903", SSDA903.toString(), "--cin", CIN.toString(), "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SSDA903 Episodes").contains("2017-18").contains("CIN episodes");

        TableData summary = ParquetTableReader.read(out.resolve("parquet/ingest_summary/la=201/period=2022-03-31"));
        long episodesKept = 0;
        boolean saw201718 = false;
        for (int r = 0; r < summary.rowCount(); r++) {
            long read = (Long) summary.value(r, "rows_read");
            assertThat(read).isEqualTo((Long) summary.value(r, "rows_clean") + (Long) summary.value(r, "rows_quarantined"));
            if ("ssda903".equals(summary.value(r, "source")) && "Episodes".equals(summary.value(r, "list"))) {
                episodesKept += (Long) summary.value(r, "rows_clean") - (Long) summary.value(r, "rows_superseded");
                if ("2017-18".equals(summary.value(r, "collection_year"))) {
                    saw201718 = true;
                    assertThat(read).as("2017-episodes.csv").isEqualTo(1460);
                }
            }
        }
        assertThat(saw201718).isTrue();
        assertThat(ParquetTableReader.read(out.resolve("parquet/ssda903_episodes/la=201/period=2022-03-31")).rowCount())
                .as("each episode once, the latest year's version").isEqualTo((int) episodesKept);
        TableData children = ParquetTableReader.read(out.resolve("parquet/cin_child/la=201/period=2022-03-31"));
        assertThat(children.rowCount()).isEqualTo(1);

        TableData indicators = ParquetTableReader.read(out.resolve("parquet/indicators/la=201/period=2022-03-31"));
        for (int r = 0; r < indicators.rowCount(); r++) {
            String id = (String) indicators.value(r, "indicator_id");
            String status = (String) indicators.value(r, "status");
            if (((String) indicators.value(r, "source_list")).startsWith("List ")) {
                assertThat(status).as(id).isEqualTo("list_not_supplied");
            } else {
                assertThat(status).as(id + ", from the returns").isNotEqualTo("failed");
            }
        }
        assertThat(indicators.column("status")).as("the SSDA903 indicators run on the sample").contains("computed");

        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(
                out.resolve("reports/201/2022-03-31/chat-appendix-internal.pdf").toString());
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page)).append('\n');
            }
            assertThat(all.toString()).as("a section per return").contains("From the SSDA903 return")
                    .contains("From the CIN census").contains("CLA-01-903")
                    .as("the returns are accounted for on the data-quality page").contains("SSDA903 Episodes 2017-18");
        } finally {
            reader.close();
        }
    }
}
