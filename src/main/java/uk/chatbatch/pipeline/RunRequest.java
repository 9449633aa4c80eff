package uk.chatbatch.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import uk.chatbatch.output.OutputLayout;

/** What one run of the job is asked to do: which LA and period, from which inputs, to which output folder. */
public record RunRequest(String laCode, String laName, LocalDate periodEnd, Optional<Path> annexA, Path output) {

    public OutputLayout layout() {
        return new OutputLayout(output);
    }
}
