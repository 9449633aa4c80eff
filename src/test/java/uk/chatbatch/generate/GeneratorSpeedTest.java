package uk.chatbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.annexa.AnnexAList;

/** The generator feeds benchmarks: 50,000 children must take seconds, not minutes. */
class GeneratorSpeedTest {

    @Test
    void fiftyThousandChildrenWithMessInWellUnderAMinute(@TempDir Path dir) throws IOException {
        long start = System.nanoTime();
        GeneratedCounts counts = new SyntheticAnnexAGenerator()
                .generate(GeneratorOptions.messy(42, 50_000, LocalDate.of(2026, 9, 30)), dir.resolve("big.xlsx"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(counts.dataRows(AnnexAList.CONTACTS)).isGreaterThan(40_000);
    }
}
