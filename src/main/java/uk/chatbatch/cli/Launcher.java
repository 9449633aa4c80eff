package uk.chatbatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.chatbatch.output.DatasetProvenance;

/** The one launcher: {@code java -jar chat-batch.jar <command> --help}. */
@Command(name = "chat-batch", mixinStandardHelpOptions = true, version = "chat-batch " + DatasetProvenance.PRODUCT_VERSION,
        description = "Checks an LA's Annex A lists, computes inspection indicators, and writes Parquet datasets"
                + " and a PDF report.",
        subcommands = {RunCommand.class, ScheduleCommand.class, GenerateCommand.class, IndicatorsCommand.class,
                ChildrenCommand.class, BenchmarkCommand.class, RollupCommand.class, CompactCommand.class,
                CommandLine.HelpCommand.class})
public final class Launcher implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return new CommandLine(new Launcher()).setExecutionExceptionHandler(Launcher::handle).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Every failure ends in one or two sentences and the exit code; its stack goes to the log file only. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        Failures.Explained failure = Failures.explain(e);
        commandLine.getErr().println(failure.message());
        return failure.exitCode();
    }
}
