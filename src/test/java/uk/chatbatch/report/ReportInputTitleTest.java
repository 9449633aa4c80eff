package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.model.LaPeriod;

/** A report's title names a synthetic LA as synthetic exactly once, whatever the job file called it. */
class ReportInputTitleTest {

    @ParameterizedTest(name = "{0}, synthetic {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Sampleshire               | true  | Sampleshire (synthetic LA)",
        "Northby (synthetic)       | true  | Northby (synthetic LA)",      // a job file may name it so
        "Synthetic LA 995          | true  | Synthetic LA 995",            // already says it
        "Camden                    | false | Camden",
        "Synthetic Road Borough    | false | Synthetic Road Borough",     // a real LA is never marked
    })
    void saysSyntheticOnce(String name, boolean synthetic, String title) {
        assertThat(ReportInput.titled(name, synthetic)).isEqualTo(title);
    }

    /**
     * A real LA's code with inputs declared synthetic (generate --las's region) says "synthetic data" in the title,
     * on the cover and in every page's footer; a synthetic LA's code says "synthetic LA"; a real LA, neither.
     */
    @Test
    void aRealLasCodeWithSyntheticDataSaysSoWhereverTheLaIsNamed() {
        ReportInput camden = as(ReportFixture.input(ReportVariant.INTERNAL), "202", "Camden");

        assertThat(camden.laTitle()).isEqualTo("Camden");
        assertThat(camden.laWithCode(true)).isEqualTo("Camden (LA 202)");
        assertThat(camden.laWithCode(false)).isEqualTo("Camden (202)");

        ReportInput generated = camden.withSyntheticData(true);
        assertThat(generated.laTitle()).isEqualTo("Camden (synthetic data)");
        assertThat(generated.laWithCode(true)).isEqualTo("Camden (LA 202, synthetic data)");
        assertThat(generated.laWithCode(false)).isEqualTo("Camden (202, synthetic data)");
        assertThat(generated.withVariant(ReportVariant.SHAREABLE).laTitle()).as("kept by the other variant")
                .isEqualTo("Camden (synthetic data)");

        ReportInput sampleshire = ReportFixture.input(ReportVariant.INTERNAL).withSyntheticData(true);
        assertThat(sampleshire.laWithCode(true)).as("a synthetic LA's code says it once")
                .isEqualTo("Sampleshire (synthetic LA 999)");
        assertThat(sampleshire.laTitle()).isEqualTo("Sampleshire (synthetic LA)");
    }

    private static ReportInput as(ReportInput in, String code, String name) {
        return new ReportInput(new LaPeriod(code, in.periodEnd()), name, in.generatedAt(), in.ingest(), in.issues(),
                in.indicators(), in.data(), in.context(), in.history(), in.benchmarks(), in.region(),
                in.populationByEthnicGroup(), in.reconciliation(), in.variant(), in.revision(), in.syntheticData());
    }
}
