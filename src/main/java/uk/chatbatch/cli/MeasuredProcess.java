package uk.chatbatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code java -jar chat-batch.jar ...} process timed from start to exit, as a user waits for it, with what it
 * used: CPU seconds (user + system, which the machine's load changes far less than the wall time), the peak
 * resident set (Linux's VmHWM), and the peak Java heap in use, read from the JVM's own GC log as the largest
 * heap occupancy before a collection.
 */
final class MeasuredProcess {

    /** How often the process's CPU time and VmHWM are read while it runs; both only grow. */
    private static final long POLL_MILLIS = 20;
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /**
     * @param wallSeconds       process start to exit
     * @param cpuSeconds        user + system CPU, as last read before exit (up to 20 ms short)
     * @param peakRssMb         VmHWM, the resident set's high-water mark; empty where /proc is not there
     * @param peakHeapMb        the largest heap occupancy before a collection; empty when none ran
     * @param peakCommittedMb   the largest heap the JVM had reserved from the system at a collection
     * @param loadBefore        the one-minute load average when it started
     * @param loadAfter         and when it ended
     */
    record Measurement(double wallSeconds, double cpuSeconds, OptionalLong peakRssMb, OptionalLong peakHeapMb,
                       OptionalLong peakCommittedMb, double loadBefore, double loadAfter, String output) {

        String describe() {
            return String.format("%.2f s wall, %.2f s CPU, peak heap %s (committed %s), peak RSS %s, load %.1f to %.1f",
                    wallSeconds, cpuSeconds, mb(peakHeapMb, "no collection ran"), mb(peakCommittedMb, "-"),
                    mb(peakRssMb, "not read"), loadBefore, loadAfter);
        }

        private static String mb(OptionalLong value, String otherwise) {
            return value.isPresent() ? String.format("%,d MB", value.getAsLong()) : otherwise;
        }
    }

    private MeasuredProcess() {
    }

    /** Runs {@code java [jvmOptions] -Xlog:gc -jar jar args} and measures it; fails if it exits other than 0. */
    static Measurement run(Path jar, List<String> jvmOptions, List<String> args, Path scratch) throws Exception {
        Path gcLog = Files.createTempFile(scratch, "gc", ".log");
        Path output = Files.createTempFile(scratch, "out", ".txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        double loadBefore = loadAverage();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        Duration cpu = Duration.ZERO;
        long rssKb = -1;
        while (!process.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            cpu = process.info().totalCpuDuration().filter(d -> d.compareTo(Duration.ZERO) > 0).orElse(cpu);
            rssKb = Math.max(rssKb, highWaterMarkKb(status));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double loadAfter = loadAverage();
        String printed = Files.readString(output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("benchmark process " + String.join(" ", args) + " exited with "
                    + process.exitValue() + ": " + lastLines(printed, 5));
        }
        long[] heap = peakHeap(Files.readAllLines(gcLog));
        return new Measurement(wall, cpu.toNanos() / 1e9, rssKb < 0 ? OptionalLong.empty() : OptionalLong.of(rssKb
                / 1024), heap[0] < 0 ? OptionalLong.empty() : OptionalLong.of(heap[0]), heap[1] < 0
                ? OptionalLong.empty() : OptionalLong.of(heap[1]), loadBefore, loadAfter, printed);
    }

    /**
     * From {@code -Xlog:gc} lines such as {@code GC(3) Pause Young (Normal) (G1 Evacuation Pause) 120M->31M(256M)}:
     * the largest occupancy before a collection and the largest committed heap, in MB; -1 when no collection ran.
     */
    static long[] peakHeap(List<String> gcLog) {
        long used = -1;
        long committed = -1;
        for (String line : gcLog) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                used = Math.max(used, megabytes(m.group(1), m.group(2)));
                committed = Math.max(committed, megabytes(m.group(5), m.group(6)));
            }
        }
        return new long[] {used, committed};
    }

    private static long megabytes(String value, String unit) {
        long n = Long.parseLong(value);
        return switch (unit) {
            case "K" -> n / 1024;
            case "G" -> n * 1024;
            default -> n;
        };
    }

    private static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process may just have exited; the last reading stands.
        }
        return -1;
    }

    /** The one-minute load average, or NaN where the system does not say. */
    static double loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? Double.NaN : load;
    }

    private static String lastLines(String text, int n) {
        List<String> lines = text.lines().toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }
}
