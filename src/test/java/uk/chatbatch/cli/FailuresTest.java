package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void outOfSpaceIsFoundBehindAClassThatCouldNotBeInitialisedInAnotherParallelTask() {
        // One report task's font set-up hit the file-size limit; the task first in order only saw the
        // consequence, a class that could not be initialised.
        Error consequence = new NoClassDefFoundError("Could not initialize class uk.chatbatch.report.ReportFonts");
        consequence.addSuppressed(new ExceptionInInitializerError(new IllegalStateException("font not usable",
                new IOException("File too large"))));

        assertThat(Failures.causesAndSuppressed(consequence)).hasSize(4);
        assertThat(Failures.explain(consequence).message()).startsWith("Out of space: ");
    }

    @Test
    void anUnexplainedErrorStaysUnexpected() {
        Error error = new NoClassDefFoundError("Could not initialize class uk.chatbatch.report.ReportFonts");

        assertThat(Failures.explain(error).message()).doesNotContain("Out of space");
    }
}
