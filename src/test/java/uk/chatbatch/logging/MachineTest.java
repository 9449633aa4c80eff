package uk.chatbatch.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's machine line: the processor as Linux names it, and nothing invented where it cannot be read. */
class MachineTest {

    @TempDir
    Path dir;

    @Test
    void theFirstProcessorsModelAndClockAreRead() throws Exception {
        Path cpuInfo = Files.writeString(dir.resolve("cpuinfo"), """
                processor\t: 0
                vendor_id\t: AuthenticAMD
                model name\t: AMD EPYC
                cpu MHz\t\t: 2445.406
                
                processor\t: 1
                model name\t: AMD EPYC
                cpu MHz\t\t: 1800.000
                """);
        assertThat(Machine.processor(cpuInfo)).contains("AMD EPYC, 2,445 MHz");
    }

    @Test
    void aMissingOrUnfamiliarFileGivesNoProcessor() throws Exception {
        assertThat(Machine.processor(dir.resolve("absent"))).isEmpty();
        assertThat(Machine.processor(Files.writeString(dir.resolve("arm"), "Processor\t: ARMv7\ncpu MHz : fast\n")))
                .isEmpty();
        assertThat(Machine.processor(Files.writeString(dir.resolve("clock"), "cpu MHz : 3000.4\n")))
                .contains("3,000 MHz");
    }

    @Test
    void theLineSaysCoresProcessorJavaAndHeap() {
        assertThat(Machine.describe(2, Optional.of("AMD EPYC, 2,445 MHz"), "OpenJDK 64-Bit Server VM 17.0.15+6",
                6_320_816_128L)).isEqualTo("2 cores (AMD EPYC, 2,445 MHz), OpenJDK 64-Bit Server VM 17.0.15+6,"
                + " max heap 6,028 MB");
        assertThat(Machine.describe(8, Optional.empty(), "Java 17", 1024L * 1024 * 1024))
                .isEqualTo("8 cores, Java 17, max heap 1,024 MB");
    }
}
