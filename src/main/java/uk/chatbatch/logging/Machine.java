package uk.chatbatch.logging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a benchmark ran on, for its first line: a time is comparable only with another taken on the same kind of
 * machine, and the same 2-core machine type has been seen to run the same jar at half the speed on another day.
 */
public final class Machine {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    private Machine() {
    }

    /** "2 cores (AMD EPYC, 2,445 MHz), OpenJDK 64-Bit Server VM 17.0.15+6, max heap 6,028 MB". */
    public static String describe() {
        return describe(Runtime.getRuntime().availableProcessors(), processor(CPU_INFO),
                System.getProperty("java.vm.name") + " " + Runtime.version(), Runtime.getRuntime().maxMemory());
    }

    static String describe(int cores, Optional<String> processor, String java, long maxHeapBytes) {
        return cores + " cores" + processor.map(p -> " (" + p + ")").orElse("") + ", " + java
                + String.format(Locale.UK, ", max heap %,d MB", maxHeapBytes / (1024 * 1024));
    }

    /** The first processor's model name and clock from a Linux {@code /proc/cpuinfo}; empty elsewhere. */
    static Optional<String> processor(Path cpuInfo) {
        List<String> lines;
        try {
            lines = Files.readAllLines(cpuInfo, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not Linux, or not readable: the line goes without it
        }
        Optional<String> model = value(lines, "model name");
        Optional<String> clock = value(lines, "cpu MHz").flatMap(Machine::megahertz);
        if (model.isEmpty()) {
            return clock;
        }
        return Optional.of(model.get() + clock.map(c -> ", " + c).orElse(""));
    }

    private static Optional<String> value(List<String> lines, String key) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals(key)) {
                String value = line.substring(colon + 1).strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> megahertz(String value) {
        try {
            return Optional.of(String.format(Locale.UK, "%,d MHz", Math.round(Double.parseDouble(value))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
