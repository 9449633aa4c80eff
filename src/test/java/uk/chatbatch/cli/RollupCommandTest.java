package uk.chatbatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/** {@code rollup} as a user runs it: the summary, the job repository's memory of a roll-up, and bad input. */
class RollupCommandTest {

    private static final LocalDate SEP = LocalDate.of(2026, 9, 30);

    @TempDir
    Path dir;

    @Test
    void rollsUpOnceForTheSameInputsAndAgainWhenAnLaIsRerun() throws Exception {
        Path runs = dir.resolve("runs");
        uk.chatbatch.rollup.ShareablePartitions.write(runs, "391", SEP, uk.chatbatch.rollup.ShareablePartitions.row("391", SEP,
                "CLA-10", "all", 80.0, "computed", "", false));
        uk.chatbatch.rollup.ShareablePartitions.write(runs, "392", SEP, uk.chatbatch.rollup.ShareablePartitions.row("392", SEP,
                "CLA-10", "all", 60.0, "computed", "", false));
        String out = dir.resolve("region").toString();

        CapturedOutput first = CapturedOutput.launch("rollup", "--from", runs.toString(), "--output", out,
                "--region", "North East");

        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("Rolling up 2 LAs as group North East: 1 periods up to 2026-09-30"),
                first.out());
        assertTrue(first.out().contains("Rolled up 2 rows"), first.out());
        Path period = Path.of(out, "benchmarking", "group=North East", "period=2026-09-30");
        assertTrue(first.out().contains("Benchmarking dataset: " + Path.of(out, "benchmarking", "group=North East")),
                first.out());
        assertEquals(70.0, ParquetTableReader.read(period).value(0, "group_median"));

        CapturedOutput again = CapturedOutput.launch("rollup", "--from", runs.toString(), "--output", out,
                "--region", "North East");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("already rolled up from these same inputs"), again.out());

        uk.chatbatch.rollup.ShareablePartitions.write(runs, "392", SEP, uk.chatbatch.rollup.ShareablePartitions.row("392", SEP,
                "CLA-10", "all", 90.0, "computed", "", false));
        CapturedOutput rerun = CapturedOutput.launch("rollup", "--from", runs.toString(), "--output", out,
                "--las", "391,E08000022");
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertFalse(rerun.out().contains("already rolled up"), rerun.out());
        TableData after = ParquetTableReader.read(period);
        assertEquals(85.0, after.value(0, "group_median"), "LA 392's new figure, 90, with 391's 80");
    }

    @Test
    void anUnusableInputIsOneSentenceAndExitCodeTwo() {
        CapturedOutput result = CapturedOutput.launch("rollup", "--from", dir.resolve("missing").toString(),
                "--output", dir.resolve("out").toString());
        assertEquals(2, result.exitCode());
        assertEquals(dir.resolve("missing") + ": has no shareable indicators dataset (" + dir.resolve("missing")
                .resolve("shareable").resolve("indicators") + " is missing); give the output folder of a run (its"
                + " --output), which holds shareable/.", result.err().strip());
    }
}
