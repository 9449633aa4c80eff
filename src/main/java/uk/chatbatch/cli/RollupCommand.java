package uk.chatbatch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.chatbatch.job.RunLock;
import uk.chatbatch.jobfile.JobFileLoader;
import uk.chatbatch.logging.RunLog;
import uk.chatbatch.rollup.BenchmarkingDataset;
import uk.chatbatch.rollup.BenchmarkingTrendDataset;
import uk.chatbatch.rollup.RegionalPdf;
import uk.chatbatch.rollup.Rollup;
import uk.chatbatch.rollup.RollupSelection;
import uk.chatbatch.rollup.job.RollupApplication;
import uk.chatbatch.rollup.job.RollupJobRunner;

@Command(name = "rollup", mixinStandardHelpOptions = true,
        description = {"Rolls up many LAs' shareable indicators (from the output folders of their runs) into regional"
                + " benchmarking: the benchmarking and benchmarking_trend datasets and the regional PDF.",
                "Reads only shareable/indicators, never an LA's internal data."})
final class RollupCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, arity = "1..*", paramLabel = "<output folder>",
            description = "Output folders of runs (their --output), each holding shareable/indicators.")
    List<Path> from;

    @Option(names = "--output", required = true, paramLabel = "<folder>", description = "Where to write.")
    Path output;

    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = "--region", paramLabel = "<name>", description = "The region's LAs found in the folders,"
                + " e.g. \"North East\".")
        String region;

        @Option(names = "--las", split = ",", paramLabel = "<code>",
                description = "These LAs (DfE or ONS codes), comma-separated.")
        List<String> las;
    }

    @Option(names = "--period", paramLabel = "<yyyy-MM-dd>", description = "The latest period end to roll up"
            + " (default: the latest found); earlier periods feed the trend.")
    String period;

    @Override
    public Integer call() throws Exception {
        RunLog.useOutputFolder(output);
        Optional<LocalDate> latest = period == null ? Optional.empty()
                : Optional.of(JobFileLoader.date(period, "--period"));
        RollupSelection selection = RollupSelection.choose(from, Optional.ofNullable(which).map(w -> w.region),
                which == null || which.las == null ? List.of() : which.las, latest);
        System.out.println("Rolling up " + selection.group().laCodes().size() + " LAs as group "
                + selection.group().id() + ": " + selection.periods().size() + " periods up to "
                + selection.latestPeriod() + ", " + selection.partitions().size() + " LA-periods");
        RunCommand.requireWritable(output);
        String lockKey = "rollup-" + selection.group().id().replaceAll("[^A-Za-z0-9-]", "_");
        try (RunLock lock = RunLock.acquire(output, lockKey, selection.latestPeriod());
             ConfigurableApplicationContext context = JobContext.start(RollupApplication.class,
                     jobRepositoryUrl(lockKey, selection.latestPeriod()))) {
            RollupJobRunner.Outcome outcome = context.getBean(RollupJobRunner.class).run(selection, from, output);
            return summary(selection, outcome);
        } catch (RunLock.AlreadyRunningException e) {
            System.err.println("A roll-up of group " + selection.group().id() + " up to " + selection.latestPeriod()
                    + " is already running into " + output + "; wait for it to finish.");
            return ExitCodes.ALREADY_RUNNING;
        }
    }

    private String jobRepositoryUrl(String key, LocalDate period) {
        return "jdbc:h2:file:" + output.toAbsolutePath().normalize().resolve(".jobrepo").resolve(key + "_" + period)
                .resolve("chat-batch") + ";AUTO_SERVER=TRUE";
    }

    private int summary(RollupSelection selection, RollupJobRunner.Outcome outcome) {
        switch (outcome.kind()) {
            case FAILED -> {
                System.err.println("Rollup " + outcome.message() + " Run the same command again once the cause is"
                        + " fixed; the details are in " + RunLog.file() + ".");
                return ExitCodes.FAILED;
            }
            case ALREADY_RUNNING -> {
                System.err.println(outcome.message());
                return ExitCodes.ALREADY_RUNNING;
            }
            default -> {
            }
        }
        System.out.println(outcome.kind() == RollupJobRunner.Outcome.Kind.COMPLETED
                ? "Rolled up " + outcome.rows() + " rows (LA x indicator x breakdown value x period)."
                : outcome.message());
        String group = "group=" + selection.group().id();
        Path benchmarking = output.resolve(Rollup.BENCHMARKING_DIR).resolve(group);
        List<String> lines = new ArrayList<>();
        lines.add("Benchmarking dataset: " + benchmarking.resolve("period=<yyyy-MM-dd>").resolve("part-00000.parquet"));
        lines.add("Benchmarking as Arrow IPC: " + benchmarking.resolve(BenchmarkingDataset.ARROW_FILE));
        lines.add("Benchmarking trend dataset: " + output.resolve(BenchmarkingTrendDataset.NAME).resolve(group)
                .resolve("part-00000.parquet"));
        Path pdf = outcome.pdf().orElse(RegionalPdf.file(output, selection.group().id(), selection.latestPeriod()));
        lines.add(java.nio.file.Files.isRegularFile(pdf) ? "Regional PDF: " + pdf
                : "Regional PDF: not drawn: " + outcome.pdfNotDrawn().orElse("see the log"));
        lines.forEach(System.out::println);
        return ExitCodes.OK;
    }
}
