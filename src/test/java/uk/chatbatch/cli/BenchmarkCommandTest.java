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

    @Test
    void theLasOwnTimesAreReadFromTheRegionSummaryTable() {
        String summary = """
                05:16:28 LA 203: Shareable dataset written: /tmp/out/shareable/indicators/la=203/period=2026-09-30

                LA    Name                           Status              Rows read  Indicators     PDFs     Time
                201   City of London                 completed                 242         111        4   66.1 s
                202   Camden                         completed earlier         214         102        4    5.2 s
                203   Greenwich                      FAILED                      -           -        -        -
                204   Hackney                        completed, shareable withheld  1,243   113        4   20.0 s

                Parquet datasets: /tmp/out/parquet/<dataset>/la=<LA>/period=2026-09-30
                """;

        assertThat(BenchmarkCommand.sumOfLaTimes(summary)).as("66.1 + 5.2 + 20.0; the failed LA has no time")
                .isCloseTo(91.3, org.assertj.core.data.Offset.offset(1e-9));
    }
}
