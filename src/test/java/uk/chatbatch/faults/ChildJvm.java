package uk.chatbatch.faults;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The launcher in a JVM of its own, started as a user would start the jar (same classpath as the tests),
 * so that a test can kill it with SIGKILL, run two at once, or limit what it may write.
 */
final class ChildJvm {

    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final long startedNanos = System.nanoTime();
    /** Completes after the process has ended; joined, so the end is never read before it is set. */
    private final CompletableFuture<Long> endedNanos;

    private ChildJvm(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        this.endedNanos = process.onExit().thenApply(p -> System.nanoTime());
    }

    /** How long the process ran, once it has ended on its own or been killed and waited for. */
    Duration ranFor() {
        return Duration.ofNanos(endedNanos.join() - startedNanos);
    }

    /** Starts {@code chat-batch <args>}; its console goes to files in {@code consoleDir}. */
    static ChildJvm start(Path consoleDir, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Djava.awt.headless=true", "uk.chatbatch.cli.Launcher"));
        command.addAll(List.of(args));
        Files.createDirectories(consoleDir);
        Path out = consoleDir.resolve(name + ".out");
        Path err = consoleDir.resolve(name + ".err");
        Process process = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildJvm(process, out, err);
    }

    /**
     * From now on the operating system refuses to let the process write any file beyond {@code kilobytes}
     * (RLIMIT_FSIZE, set with util-linux {@code prlimit}, which a normal user may lower on their own
     * process): a write past it fails with "File too large", as a write to a full disk fails with "No space
     * left on device".
     *
     * @return false when this machine has no {@code prlimit}
     */
    boolean limitFileSize(long kilobytes) throws InterruptedException {
        try {
            Process prlimit = new ProcessBuilder("prlimit", "--pid", String.valueOf(process.pid()),
                    "--fsize=" + kilobytes * 1024).redirectErrorStream(true).start();
            return prlimit.waitFor(30, TimeUnit.SECONDS) && prlimit.exitValue() == 0;
        } catch (IOException noPrlimit) {
            return false;
        }
    }

    /** Waits until the process has printed the text (true) or ended without it (false). */
    boolean awaitOutput(String text, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (out().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return out().contains(text);
            }
            Thread.sleep(20);
        }
        return false;
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
        process.onExit().join();
    }

    /** Waits for the exit code; fails the test if the run takes longer than the limit. */
    int waitFor(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chat-batch did not finish within " + limit + "; it printed: " + out() + err());
        }
        process.onExit().join();
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
