package uk.chatbatch.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.chatbatch.logging.RunLog;

/**
 * What a user reads when a launch fails: one or two plain sentences they can act on, and the exit code.
 * The stack goes to the launch's log file ({@link RunLog}), never to the console.
 */
final class Failures {

    record Explained(int exitCode, String message) {
    }

    private Failures() {
    }

    /**
     * The failure, its causes and what it suppressed (a step's parallel tasks' other failures), depth first:
     * the one that explains a failure is not always first in the chain.
     */
    static List<Throwable> causesAndSuppressed(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            Throwable[] suppressed = t.getSuppressed();
            for (int i = suppressed.length - 1; i >= 0; i--) {
                todo.push(suppressed[i]);
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
        }
        return all;
    }

    static Explained explain(Throwable failure) {
        Throwable user = ExitCodes.userFacing(failure);
        if (user != null) {
            return new Explained(ExitCodes.BAD_INPUT, user.getMessage());
        }
        Path log = RunLog.failure("launch failed", failure);
        String details = " The details are in " + log + ".";
        for (Throwable t : causesAndSuppressed(failure)) {
            if (isDiskFull(t)) {
                return new Explained(ExitCodes.FAILED, "Out of space: writing to " + where(t) + " failed (the"
                        + " disk is full, or a file-size or quota limit was reached), and nothing from the failed step"
                        + " was published. Free some space and run the same command again: the run restarts from the"
                        + " failed step." + details);
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                    || (t instanceof FileSystemException && message(t).contains("read-only file system"))) {
                return new Explained(ExitCodes.BAD_INPUT, "Cannot write to " + where(t)
                        + ": the folder is read-only or you lack permission; give --output a folder you can write"
                        + " to, or fix its permissions." + details);
            }
            if (t instanceof FileAlreadyExistsException || t instanceof NotDirectoryException
                    || (t instanceof FileSystemException && (message(t).contains("not a directory")
                    || message(t).endsWith("file exists")))) {
                return new Explained(ExitCodes.FAILED, "Cannot write to " + where(t) + ": a file stands where the"
                        + " product needs a folder; move it away and run the same command again." + details);
            }
            if (JobRepositoryReset.isDamagedRepository(t)) {
                return new Explained(ExitCodes.FAILED, "The job repository cannot be read (its file looks damaged"
                        + " or belongs to another version). Run the same command again with --reset-job-repository:"
                        + " it moves the damaged file aside and starts afresh, and published outputs are kept."
                        + details);
            }
        }
        return new Explained(ExitCodes.FAILED, "chat-batch stopped on an unexpected error ("
                + failure.getClass().getSimpleName() + ")." + details);
    }

    static boolean isDiskFull(Throwable t) {
        String m = message(t);
        return t instanceof IOException && (m.contains("no space left on device") || m.contains("disk quota exceeded")
                || m.contains("not enough space on the disk") || m.contains("file too large"));
    }

    /** The file or folder the failure names, without its message (which may quote a cell value). */
    private static String where(Throwable t) {
        if (t instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile();
        }
        return "the output folder " + RunLog.outputFolder();
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
    }
}
