package uk.chatbatch.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.chatbatch.output.DatasetProvenance;

/** The one launcher: {@code java -jar chat-batch.jar <command> --help}. */
@Command(name = "chat-batch", mixinStandardHelpOptions = true, version = "chat-batch " + DatasetProvenance.PRODUCT_VERSION,
        description = "Checks an LA's Annex A lists, computes inspection indicators, and writes Parquet datasets"
                + " and a PDF report.")
public final class Launcher implements Runnable {

    /** The commands, in the order the usage lists them (then "help"). */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine launcher = new CommandLine(new Launcher());
        // picocli reads every command's options by reflection when it is added: a command line that starts with a
        // command's name gets that command alone (the same parse, messages and help), anything else gets them all.
        Supplier<Object> named = args.length == 0 ? null : COMMANDS.get(args[0]);
        Map<String, Supplier<Object>> added = named == null ? COMMANDS : Map.of(args[0], named);
        added.forEach((name, command) -> launcher.addSubcommand(name, command.get()));
        launcher.addSubcommand("help", new CommandLine.HelpCommand());
        return launcher.setExecutionExceptionHandler(Launcher::handle).execute(args);
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("run", RunCommand::new);
        commands.put("schedule", ScheduleCommand::new);
        commands.put("generate", GenerateCommand::new);
        commands.put("indicators", IndicatorsCommand::new);
        commands.put("children", ChildrenCommand::new);
        commands.put("benchmark", BenchmarkCommand::new);
        commands.put("rollup", RollupCommand::new);
        commands.put("compact", CompactCommand::new);
        return Collections.unmodifiableMap(commands);
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
