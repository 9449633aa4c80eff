package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkCommandTest {

    @TempDir
    Path dir;

    @Test
    void theBareScanCountsEveryNonEmptyCellOfEverySheet() throws Exception {
        Path xlsx = dir.resolve("two-sheets.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet first = workbook.newWorksheet("List 1");
            first.value(0, 0, "Child Unique ID"); // row 1: 2 cells
            first.value(0, 1, "Gender");
            first.value(1, 0, "C1");              // row 2: text and a number with an empty cell between: 2 cells
            first.value(1, 2, 5);
            Worksheet second = workbook.newWorksheet("List 2");
            second.value(3, 0, "only cell");      // below three empty rows: 1 cell
            workbook.finish();
        }

        assertThat(BenchmarkCommand.bareScan(xlsx)).isEqualTo(5);
    }

    @Test
    void mediansOfOddAndEvenCounts() {
        assertThat(BenchmarkCommand.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(BenchmarkCommand.median(List.of(4.0, 1.0, 2.0, 3.0))).as("mean of the middle two").isEqualTo(2.5);
        assertThat(BenchmarkCommand.median(List.of(7.0))).isEqualTo(7.0);
    }
}
