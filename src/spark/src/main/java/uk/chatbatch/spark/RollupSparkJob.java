package uk.chatbatch.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The regional roll-up (issue 11) as a Spark job: reads the shareable indicators datasets of many LAs and periods
 * from one or more output folders and writes the {@code benchmarking} and {@code benchmarking_trend} datasets, the
 * same rows as the product's in-JVM {@code rollup} (ROLLUP-SPEC.md). For a whole country over many years, on a
 * cluster; on one machine the in-JVM roll-up is faster (README, "Regional benchmarking on Spark").
 *
 * <p>Run with {@code spark-submit --class uk.chatbatch.spark.RollupSparkJob chat-rollup-spark.jar ...} or
 * {@code java -jar chat-rollup-spark.jar ...} (local mode unless {@code --master} or {@code -Dspark.master} says
 * otherwise). Exit codes as the product's: 0 written, 1 failed, 2 bad input or options.
 */
public final class RollupSparkJob {

    static final int COMPLETED = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private RollupSparkJob() {
    }

    public static void main(String[] args) {
        // takes effect only where logging is not set up yet, i.e. under java -jar, not spark-submit
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "uk/chatbatch/spark/log4j2-console.properties");
        }
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        RollupArguments arguments;
        try {
            arguments = RollupArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        SparkSession spark = null;
        try {
            SparkConf given = new SparkConf();
            // listed before Spark starts, so that bad input is refused in a second, not after Spark's start-up
            ShareableIndicatorPartitions found = ShareableIndicatorPartitions.list(arguments.from(), hadoop(given));
            spark = session(arguments, given);
            out.println(rollUp(spark, arguments, found));
            return COMPLETED;
        } catch (RollupInputException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (Exception | LinkageError e) {
            err.println("The Spark roll-up failed (" + e.getClass().getSimpleName() + "); the stack trace is in "
                    + stackTraceFile(e) + ".");
            return FAILED;
        } finally {
            if (spark != null) {
                spark.stop();
            }
        }
    }

    /** @return one line saying what was written */
    static String rollUp(SparkSession spark, RollupArguments arguments, ShareableIndicatorPartitions found)
            throws IOException {
        long started = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        RollupGroup groups = RollupGroup.fromBundledTable(spark);
        ShareableIndicatorPartitions chosen = choose(found, arguments, groups);
        SortedSet<String> las = chosen.laCodes();
        String groupId = arguments.region().flatMap(groups::regionNamed).orElseGet(() -> groups.groupId(las));
        LocalDate latest = chosen.latestPeriod();

        spark.read().parquet(chosen.partitionFolders().toArray(String[]::new))
                .withColumn("group_id", lit(groupId))
                .createOrReplaceTempView("shareable_indicators");
        Dataset<Row> benchmarking = spark.sql(sql("benchmarking.sql"));

        Path output = new Path(arguments.output());
        Path staging = new Path(output, ".staging/spark-rollup-" + UUID.randomUUID());
        HiveLayoutPublisher publisher = new HiveLayoutPublisher(output, hadoop);
        // one file per period (the SQL distributes by period), rows in the dataset's order
        Path stagedBenchmarking = new Path(staging, "spark/benchmarking");
        benchmarking.withColumn("period", date_format(col("period_end"), "yyyy-MM-dd"))
                .sortWithinPartitions("period", "indicator_id", "breakdown", "breakdown_value", "la_code")
                .write().mode(SaveMode.ErrorIfExists).option("compression", "zstd").partitionBy("period")
                .parquet(stagedBenchmarking.toString());
        // the trend from the rows just written: cheaper than keeping them in memory, and the same rows
        Dataset<Row> written = spark.read().parquet(stagedBenchmarking.toString()).drop("period");
        written.createOrReplaceTempView("benchmarking");
        long rows = written.count();
        spark.sql(sql("benchmarking_trend.sql")).repartition(1)
                .sortWithinPartitions("la_code", "indicator_id", "breakdown", "breakdown_value", "period_end")
                .write().mode(SaveMode.ErrorIfExists).option("compression", "zstd")
                .parquet(new Path(staging, "spark/benchmarking_trend").toString());

        String groupFolder = "group=" + groupId;
        Path assembledBenchmarking = new Path(staging, "benchmarking/" + groupFolder);
        Path assembledTrend = new Path(staging, "benchmarking_trend/" + groupFolder);
        publisher.assemblePartitioned(new Path(staging, "spark/benchmarking"), assembledBenchmarking);
        publisher.moveSinglePart(new Path(staging, "spark/benchmarking_trend"), assembledTrend);
        publisher.publish(assembledBenchmarking, new Path(output, "benchmarking/" + groupFolder));
        publisher.publish(assembledTrend, new Path(output, "benchmarking_trend/" + groupFolder));
        publisher.delete(staging);
        return String.format("Rolled up %d LAs (%s), latest period %s: %d benchmarking rows in %s in %.1f s.",
                las.size(), groupId, latest, rows, new Path(output, "benchmarking/" + groupFolder),
                (System.nanoTime() - started) / 1e9);
    }

    private static ShareableIndicatorPartitions choose(ShareableIndicatorPartitions found, RollupArguments arguments,
                                                       RollupGroup groups) {
        String where = String.join(", ", arguments.from());
        if (found.partitions().isEmpty()) {
            throw new RollupInputException("No shareable indicators were found in " + where + ".");
        }
        ShareableIndicatorPartitions chosen = found;
        if (arguments.region().isPresent()) {
            String given = arguments.region().get();
            String region = groups.regionNamed(given).orElseThrow(() -> new RollupInputException("'" + given
                    + "' is not an English region of the LA table (e.g. North West, London)."));
            Set<String> las = groups.lasOf(region, found.laCodes());
            if (las.isEmpty()) {
                throw new RollupInputException("No LA of " + region + " has shareable indicators in " + where + ".");
            }
            chosen = chosen.onlyLas(las);
        }
        if (!arguments.las().isEmpty()) {
            Set<String> las = new TreeSet<>();
            arguments.las().forEach(given -> las.add(groups.dfeCode(given)));
            Set<String> missing = new TreeSet<>(las);
            missing.removeAll(found.laCodes());
            if (!missing.isEmpty()) {
                throw new RollupInputException("LA " + String.join(", ", missing) + " has no shareable indicators in "
                        + where + ".");
            }
            chosen = chosen.onlyLas(las);
        }
        if (arguments.period().isPresent()) {
            LocalDate period = arguments.period().get();
            chosen = chosen.upTo(period);
            if (chosen.partitions().isEmpty() || !chosen.latestPeriod().equals(period)) {
                throw new RollupInputException("No LA of the group has shareable indicators for the period ending "
                        + period + " in " + where + ".");
            }
        }
        return chosen;
    }

    /** Hadoop's configuration as Spark will make it: spark.hadoop.* settings (e.g. object store credentials) */
    private static Configuration hadoop(SparkConf given) {
        Configuration hadoop = new Configuration();
        for (Tuple2<String, String> setting : given.getAllWithPrefix("spark.hadoop.")) {
            hadoop.set(setting._1(), setting._2());
        }
        return hadoop;
    }

    /** spark-submit and -Dspark.* give the configuration; java -jar alone gets local mode on every core. */
    private static SparkSession session(RollupArguments arguments, SparkConf given) {
        SparkSession.Builder builder = SparkSession.builder().appName("chat-batch rollup");
        String master = arguments.master().orElse(given.get("spark.master", "local[*]"));
        builder.master(master);
        if (master.startsWith("local")) {
            // on one machine: no web UI, and list the input folders in the driver rather than as a Spark job of
            // its own (which a cluster on object storage gains from)
            defaultSetting(builder, given, "spark.ui.enabled", "false");
            defaultSetting(builder, given, "spark.sql.sources.parallelPartitionDiscovery.threshold", "1000000");
        }
        return builder.getOrCreate();
    }

    private static void defaultSetting(SparkSession.Builder builder, SparkConf given, String key, String value) {
        if (!given.contains(key)) {
            builder.config(key, value);
        }
    }

    private static String sql(String resource) {
        try (InputStream in = RollupSparkJob.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the job's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stackTraceFile(Throwable failure) {
        try {
            java.nio.file.Path file = Files.createTempFile("chat-rollup-spark-", ".log");
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file))) {
                failure.printStackTrace(writer);
            }
            return file.toString();
        } catch (IOException e) {
            return "(nowhere: " + e.getMessage() + ")";
        }
    }
}
