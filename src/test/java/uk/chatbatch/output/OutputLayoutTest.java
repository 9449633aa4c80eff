package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.model.LaPeriod;

class OutputLayoutTest {

    private static final LocalDate PERIOD_END = LocalDate.of(2025, 3, 31);

    private final OutputLayout layout = new OutputLayout(Path.of("/data/output"));

    @Test
    void datasetsArePartitionedHiveStyleByLaAndPeriod() {
        assertThat(layout.datasetPartition("indicators", new LaPeriod("201", PERIOD_END)))
                .isEqualTo(Path.of("/data/output/parquet/indicators/la=201/period=2025-03-31"));
        assertThat(layout.datasetPartition("annex_a_list_1", new LaPeriod("392", LocalDate.of(2024, 9, 1))))
                .isEqualTo(Path.of("/data/output/parquet/annex_a_list_1/la=392/period=2024-09-01"));
    }

    @Test
    void reportsSitUnderLaAndPeriod() {
        assertThat(layout.reportFile(new LaPeriod("201", PERIOD_END), "chat-report.pdf"))
                .isEqualTo(Path.of("/data/output/reports/201/2025-03-31/chat-report.pdf"));
    }

    @Test
    void stagingIsAHiddenFolderPerLaPeriodAndStep() {
        assertThat(layout.stagingRoot(new LaPeriod("201", PERIOD_END), "writeIndicators"))
                .isEqualTo(Path.of("/data/output/.staging/201_2025-03-31_writeIndicators"));
    }

    @Test
    void partFileNamesSortInWriteOrder() {
        assertThat(OutputLayout.partFileName(0)).isEqualTo("part-00000.parquet");
        assertThat(OutputLayout.partFileName(12)).isEqualTo("part-00012.parquet");
        assertThat(OutputLayout.partFileName(9).compareTo(OutputLayout.partFileName(10))).isNegative();
    }

    @Test
    void namesThatCouldLeaveTheOutputRootAreRefused() {
        assertThatThrownBy(() -> layout.datasetPartition("indicators", new LaPeriod("../201", PERIOD_END)))
                .as("an LA code is refused by its key before it reaches a path")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("LA code '../201' is not a DfE three-digit code");
        assertThatThrownBy(() -> layout.datasetPartition("../indicators", new LaPeriod("201", PERIOD_END)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Dataset name '../indicators' is not snake_case");
        assertThatThrownBy(() -> layout.reportFile(new LaPeriod("201", PERIOD_END), "../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The report file name '../../etc/passwd' must start with a letter or digit");
        assertThatThrownBy(() -> layout.stagingRoot(new LaPeriod("201", PERIOD_END), "a/b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The step name 'a/b' must start");
    }
}
