package uk.chatbatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The Spark roll-up job started as a user starts it, {@code java -jar target/spark/chat-rollup-spark.jar ...}, in a
 * process of its own (Spark never runs inside the product's JVM). The root build makes the jar in
 * pre-integration-test (maven-invoker-plugin over src/spark/pom.xml), before failsafe runs the ITs.
 */
record SparkRollupJob(int exitCode, String out, String err, Duration took) {

    static final Path JAR = Path.of("target", "spark", "chat-rollup-spark.jar");

    static SparkRollupJob run(Path consoleDir, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the Spark job's jar; build it with mvn -B verify or mvn -B -f src/spark/pom.xml package")
                .exists();
        // local[2]: the machine's cores; 2 GB is plenty for 153 LAs x 12 periods and leaves room for other work
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx2g", "-jar", JAR.toString(), "--master", "local[2]"));
        command.addAll(List.of(args));
        Files.createDirectories(consoleDir);
        Path out = Files.createTempFile(consoleDir, "spark", ".out");
        Path err = Files.createTempFile(consoleDir, "spark", ".err");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the Spark job ran more than 10 minutes: " + command);
        }
        return new SparkRollupJob(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + " after " + took.toMillis() + " ms\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
