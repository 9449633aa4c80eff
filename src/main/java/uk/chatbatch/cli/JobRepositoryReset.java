package uk.chatbatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import uk.chatbatch.jobfile.JobDefinition;
import uk.chatbatch.jobfile.JobFileException;

/**
 * Starting afresh when the H2 job repository is damaged or lost. The published outputs do not depend on
 * it: with a fresh repository each LA and period runs again and republishes the same content (only run
 * ids and generation times differ), so moving the damaged folder aside loses nothing a user reads.
 */
final class JobRepositoryReset {

    static final String REPOSITORY_DIR = ".jobrepo";

    private JobRepositoryReset() {
    }

    /** Moves {@code <output>/.jobrepo} aside to {@code <output>/.jobrepo-set-aside-<time>}, if it exists. */
    static Optional<Path> moveAside(JobDefinition job) throws IOException {
        if (job.jdbcUrl().isPresent()) {
            throw new JobFileException("--reset-job-repository only moves aside the default H2 job repository in"
                    + " the output folder; for " + job.jdbcUrl().get() + " restore or recreate that database"
                    + " yourself.");
        }
        Path repository = job.output().resolve(REPOSITORY_DIR);
        if (!Files.exists(repository)) {
            return Optional.empty();
        }
        Path aside = repository.resolveSibling(REPOSITORY_DIR + "-set-aside-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        return Optional.of(Files.move(repository, aside, StandardCopyOption.ATOMIC_MOVE));
    }

    /** An H2 failure saying its file cannot be used (damaged, truncated, or not an H2 file at all). */
    static boolean isDamagedRepository(Throwable t) {
        String type = t.getClass().getName();
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("org.h2.") && (message.contains("corrupt") || message.contains("file version")
                || message.contains("unsupported") || message.contains("not a valid") || message.contains("broken"));
    }
}
