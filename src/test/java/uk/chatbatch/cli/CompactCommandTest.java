package uk.chatbatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.rollup.ShareablePartitions;

class CompactCommandTest {

    private static final LocalDate SEP = LocalDate.of(2026, 9, 30);

    @TempDir
    Path dir;

    @Test
    void compactsSaysRowsInEqualRowsOutAndSkipsWhatIsUnchangedTheSecondTime() throws Exception {
        for (String la : new String[] {"391", "392"}) {
            ShareablePartitions.write(dir, la, SEP, ShareablePartitions.row(la, SEP, "CLA-10", "all", 80.0, "computed",
                    "", false));
        }

        CapturedOutput first = CapturedOutput.launch("compact", "--output", dir.toString());

        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("shareable indicators                       1 periods compacted,   0 unchanged;"
                + " up to 2 LAs a period; rows in 2 = rows out 2"), first.out());
        assertEquals(2, ParquetTableReader.read(dir.resolve("compacted/shareable/indicators/period=2026-09-30"))
                .rowCount());
        CapturedOutput second = CapturedOutput.launch("compact", "--output", dir.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("Compacted 0 dataset periods (1 unchanged, skipped)"), second.out());
    }

    @Test
    void anUnreadableFileGetsOneSentenceNamingTheDatasetAndExitCode2() throws Exception {
        ShareablePartitions.write(dir, "391", SEP, ShareablePartitions.row("391", SEP, "CLA-10", "all", 80.0,
                "computed", "", false));
        Path broken = Files.createDirectories(new OutputLayout(dir).shareablePartition("indicators", new LaPeriod("392", SEP)))
                .resolve(OutputLayout.partFileName(0));
        Files.writeString(broken, "PAR1 truncated");

        CapturedOutput result = CapturedOutput.launch("compact", "--output", dir.toString());

        assertEquals(2, result.exitCode());
        assertEquals("Cannot compact the shareable dataset indicators, period 2026-09-30: "
                + Path.of("shareable", "indicators", "la=392", "period=2026-09-30", "part-00000.parquet")
                + " cannot be read as Parquet; run that LA and period again or move the file away, then compact"
                + " again.", result.err().strip());
    }

    @Test
    void aFolderWithoutDatasetsIsRefusedWithExitCode2() {
        CapturedOutput result = CapturedOutput.launch("compact", "--output", dir.resolve("nowhere").toString());

        assertEquals(2, result.exitCode());
        assertEquals("Nothing to compact: " + dir.resolve("nowhere") + " holds neither parquet/ nor shareable/; give"
                + " --output the folder the runs wrote to.", result.err().strip());
    }
}
