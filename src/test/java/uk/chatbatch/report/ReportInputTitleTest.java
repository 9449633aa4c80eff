package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A report's title names a synthetic LA as synthetic exactly once, whatever the job file called it. */
class ReportInputTitleTest {

    @ParameterizedTest(name = "{0}, synthetic {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Sampleshire               | true  | Sampleshire (synthetic LA)",
        "Northby (synthetic)       | true  | Northby (synthetic LA)",      // generate --las names its LAs so
        "Synthetic LA 995          | true  | Synthetic LA 995",            // already says it
        "Camden                    | false | Camden",
        "Synthetic Road Borough    | false | Synthetic Road Borough",     // a real LA is never marked
    })
    void saysSyntheticOnce(String name, boolean synthetic, String title) {
        assertThat(ReportInput.titled(name, synthetic)).isEqualTo(title);
    }
}
