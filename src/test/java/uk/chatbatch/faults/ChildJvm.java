package uk.chatbatch.faults;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The launcher in a JVM of its own, started as a user would start the jar (same classpath as the tests),
 * so that a test can kill it with SIGKILL, run two at once, or limit what it may write.
 */
final class ChildJvm {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildJvm(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code chat-batch <args>}; its console goes to files beside {@code consoleDir}. */
    static ChildJvm start(Path consoleDir, String name, String... args) throws IOException {
        return start(consoleDir, name, 0, args);
    }

    /**
     * As {@link #start(Path, String, String...)}, with the operating system refusing to let the process write
     * any file beyond {@code maxFileKilobytes} (RLIMIT_FSIZE, set by {@code ulimit -f}; 0 for no limit): a
     * write past it fails with "File too large", as a write to a full disk fails with "No space left".
     */
    static ChildJvm start(Path consoleDir, String name, long maxFileKilobytes, String... args) throws IOException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Djava.awt.headless=true", "uk.chatbatch.cli.Launcher"));
        java.addAll(List.of(args));
        List<String> command = java;
        if (maxFileKilobytes > 0) {
            command = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + maxFileKilobytes + " && exec \"$@\"", "bash"));
            command.addAll(java);
        }
        Files.createDirectories(consoleDir);
        Path out = consoleDir.resolve(name + ".out");
        Path err = consoleDir.resolve(name + ".err");
        Process process = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildJvm(process, out, err);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on Linux: no shutdown hook, no finally block, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the exit code; fails the test if the run takes longer than the limit. */
    int waitFor(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chat-batch did not finish within " + limit + "; it printed: " + out() + err());
        }
        return process.exitValue();
    }

    String out() {
        return read(stdout);
    }

    String err() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
