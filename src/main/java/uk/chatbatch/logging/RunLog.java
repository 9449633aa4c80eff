package uk.chatbatch.logging;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The log file of one launch: {@code <output>/logs/chat-batch-<yyyyMMdd-HHmmss>-<pid>.log}. Stack traces
 * and library warnings go here, never to the console, with cell values masked ({@link MaskedText}).
 * The file is created on the first write, so a clean run leaves no empty log behind; when the output
 * folder cannot be written (read-only, full), the log goes to the system temporary folder instead.
 */
public final class RunLog {

    public static final String LOGS_DIR = "logs";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String NAME = "chat-batch-" + LocalDateTime.now().format(STAMP) + "-"
            + ProcessHandle.current().pid() + ".log";

    private static volatile Path outputRoot = Path.of("output");
    /** Whether a run has said where its output goes; until then only failures are logged (under ./output). */
    private static volatile boolean forRun;
    private static volatile Path written;

    private RunLog() {
    }

    /** Sends this launch's log under the given output folder from now on. */
    public static synchronized void useOutputFolder(Path output) {
        outputRoot = output;
        forRun = true;
        written = null;
    }

    static boolean forRun() {
        return forRun;
    }

    /** The output folder this launch writes to. */
    public static Path outputFolder() {
        return outputRoot;
    }

    /** Where the log is (or would be) under the output folder, or where it went instead. */
    public static Path file() {
        Path w = written;
        return w != null ? w : outputRoot.resolve(LOGS_DIR).resolve(NAME);
    }

    /** Writes the failure, masked, and returns the file it went to. */
    public static Path failure(String context, Throwable failure) {
        StringWriter trace = new StringWriter();
        writeMasked(failure, new PrintWriter(trace));
        return append("FAILURE " + MaskedText.of(context) + System.lineSeparator() + trace);
    }

    /** Appends one entry (already masked) and returns the file it went to. */
    static synchronized Path append(String entry) {
        String line = LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + " " + entry + (entry.endsWith("\n") ? "" : System.lineSeparator());
        Path target = file();
        try {
            return write(target, line);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "chat-batch-logs", NAME);
            try {
                return write(fallback, line);
            } catch (IOException second) {
                return target;
            }
        }
    }

    private static Path write(Path target, String line) throws IOException {
        Files.createDirectories(target.getParent());
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            w.write(line);
        }
        written = target;
        return target;
    }

    /** A stack trace with each message masked; frames name code only, so they stay. */
    static void writeMasked(Throwable failure, PrintWriter out) {
        Throwable t = failure;
        String prefix = "";
        int depth = 0;
        while (t != null && depth++ < 20) {
            out.println(prefix + t.getClass().getName() + ": " + MaskedText.of(t.getMessage()));
            for (StackTraceElement frame : t.getStackTrace()) {
                out.println("\tat " + frame);
            }
            for (Throwable suppressed : t.getSuppressed()) {
                out.println("\tSuppressed: " + suppressed.getClass().getName() + ": "
                        + MaskedText.of(suppressed.getMessage()));
            }
            prefix = "Caused by: ";
            t = t.getCause() == t ? null : t.getCause();
        }
        out.flush();
    }
}
