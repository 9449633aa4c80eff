package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import uk.chatbatch.output.Directories;
import uk.chatbatch.output.StagingArea;

/**
 * Runs a stage's work in its staging area: starts it empty, publishes on success, and on failure
 * removes what was staged so nothing half-written is left behind (published outputs are untouched).
 */
final class Staged {

    @FunctionalInterface
    interface Work {
        void writeInto(StagingArea staging) throws IOException;
    }

    private Staged() {
    }

    static List<Path> run(StagingArea staging, Work work) throws IOException {
        staging.reset();
        try {
            work.writeInto(staging);
        } catch (IOException | RuntimeException | Error e) {
            Directories.deleteRecursively(staging.root());
            throw e;
        }
        return staging.publish();
    }
}
