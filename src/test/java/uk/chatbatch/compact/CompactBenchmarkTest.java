package uk.chatbatch.compact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompactBenchmarkTest {

    @Test
    void timesBothLayoutsOnTheSameRowsAndFindsTheSameAnswers() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new CompactBenchmark(3, 2, 42, 2).run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("layouts    per LA: 6 files"), out);
        assertTrue(out.contains("compacted: 2 files"), out);
        assertTrue(out.contains("compact    ") && out.contains("2 periods"), out);
        assertTrue(out.lines().filter(l -> l.startsWith("run ")).allMatch(l -> l.endsWith("same answers")), out);
        assertFalse(out.contains("DIFFERENT"), out);
        assertTrue(out.contains("medians    count(*): per LA"), out);
    }
}
