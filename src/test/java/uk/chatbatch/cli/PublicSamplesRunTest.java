package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.chatbatch.SharedSamples;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.pipeline.ReportStage;
import uk.chatbatch.report.ReportVariant;

/**
 * Every public sample in ../shared/samples through a full {@code run}, as a user would: each SSDA903 and CIN
 * census sample with the bundled sample Annex A, the liia-tools Annex A sample alone. Each run is given the LA
 * code and period end its return states (the CIN census header's LEA and ReferenceDate; the SSDA903 file's
 * collection year), and must complete with both reports, every part drawn, and the indicators of its sources
 * computed. (The SEND Annex A sample is another template, not an input of this product.)
 */
public class PublicSamplesRunTest {

    static final String SAMPLE_ANNEX_A = "input/sample/annex-a-sample.xlsx";

    /** A run: the options it adds to {@code run}, its LA and period, and indicators it must compute. */
    public record Sample(String name, String la, String periodEnd, List<String> inputs, List<String> computed) {

        /** The arguments of the {@code run} that writes this sample's outputs under {@code out}. */
        public List<String> runArguments(Path out) {
            List<String> args = new ArrayList<>(List.of("run", "--la", la,
                    "--period-end", periodEnd, "--output", out.toString()));
            args.addAll(inputs);
            return args;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        for (String[] cin : new String[][] {
                {"csc-validator-be-cin/fake_data/CIN_Census_2021.xml", "2023-03-31"},
                {"csc-validator-be-cin/fake_data/CIN_Census_2024.xml", "2024-03-31"},
                {"csc-validator-be-cin/fake_data/CIN2rows.xml", "2024-03-31"},
                {"liia-tools/liiatools/cin_census_pipeline/spec/samples/cin-2022.xml", "2022-03-31"},
                {"liia-tools/at-2789318/liiatools/spec/cin_census/samples/cin-2022.xml", "2023-03-31"}}) {
            samples.add(new Sample(cin[0] + " with the sample Annex A", "201", cin[1], List.of("--annex-a",
                    SAMPLE_ANNEX_A, "--cin", SharedSamples.path(cin[0]).toString()),
                    List.of("CON-01", "REF-01-CIN", "CIN-01-CIN")));
        }
        // cs-demand-model's files are labelled by the year a collection starts: 2021 is 2021-22
        samples.add(new Sample("cs-demand-model SSDA903 2017 to 2021 with the sample Annex A", "201", "2022-03-31",
                List.of("--annex-a", SAMPLE_ANNEX_A, "--ssda903",
                        SharedSamples.path("cs-demand-model/cs_demand_model_samples/combined").toString()),
                List.of("CON-01", "CLA-01-903")));
        samples.add(new Sample("liia-tools SSDA903 2020 header and episodes with the sample Annex A", "201",
                "2021-03-31", List.of("--annex-a", SAMPLE_ANNEX_A, "--ssda903",
                        SharedSamples.path("liia-tools/liiatools/ssda903_pipeline/spec/samples").toString()),
                List.of("CON-01", "CLA-01-903")));
        samples.add(new Sample("liia-tools SSDA903 episodes (fixes input) with the sample Annex A", "301",
                "2017-03-31", List.of("--annex-a", SAMPLE_ANNEX_A, "--ssda903", SharedSamples.path(
                        "liia-tools/liiatools/spec/s903/samples/SSDA903_episodes_for_testing_fixes_INPUT.csv")
                        .toString()), List.of("CON-01", "CLA-01-903")));
        samples.add(new Sample("liia-tools Annex A alone", "201", "2022-03-31", List.of("--annex-a",
                SharedSamples.path("liia-tools/liiatools/annex_a_pipeline/spec/samples/Annex_A.xlsx").toString()),
                List.of("CON-01", "REF-01", "CLA-01")));
        return samples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachPublicSampleCompletesWithBothReports(Sample sample, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("output");
        CapturedOutput run = CapturedOutput.launch(sample.runArguments(out).toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path reports = out.resolve("reports").resolve(sample.la()).resolve(sample.periodEnd());
        for (ReportVariant variant : ReportVariant.values()) {
            assertThat(reports.resolve(ReportStage.fileName(variant))).as(variant.label()).isNotEmptyFile();
        }
        assertThat(reports.resolve(ReportStage.NOTICES)).as("every part of both reports drawn").doesNotExist();
        assertThat(run.out()).doesNotContain("could not be drawn");

        TableData indicators = ParquetTableReader.read(out.resolve("parquet/indicators/la=" + sample.la()
                + "/period=" + sample.periodEnd()));
        Map<String, String> status = new HashMap<>();
        for (int r = 0; r < indicators.rowCount(); r++) {
            if ("all".equals(indicators.value(r, "breakdown"))) {
                status.put((String) indicators.value(r, "indicator_id"), (String) indicators.value(r, "status"));
            }
        }
        for (String id : sample.computed()) {
            assertThat(status.get(id)).as(id).isEqualTo("computed");
        }
        assertThat(Files.exists(out.resolve("parquet/issues/la=" + sample.la() + "/period=" + sample.periodEnd())))
                .isTrue();
    }
}
