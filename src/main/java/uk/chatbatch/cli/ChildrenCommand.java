package uk.chatbatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.chatbatch.datasets.IndicatorChildrenDataset;
import uk.chatbatch.jobfile.JobFileException;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.pipeline.RunRequest;

@Command(name = "children", mixinStandardHelpOptions = true,
        description = {"Prints the children behind one indicator of a completed run (from the indicator_children"
                + " dataset): each record counted, whether it is in the numerator and the denominator, and the row"
                + " it came from.", "INTERNAL: the output names children; do not share it."})
final class ChildrenCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "<job-file>", description = "The job file of the run.")
    Path jobFile;

    @Mixin
    RunOptions options;

    @Option(names = "--indicator", required = true, paramLabel = "<id>", description = "Indicator id, e.g. ASM-02.")
    String indicator;

    @Option(names = "--numerator-only", description = "Only the records in the numerator.")
    boolean numeratorOnly;

    @Override
    public Integer call() throws Exception {
        RunRequest request = RunCommand.toRequest(options.resolve(jobFile));
        Path partition = request.layout().datasetPartition(IndicatorChildrenDataset.NAME, request.key());
        if (!Files.isDirectory(partition)) {
            throw new JobFileException("No completed run for " + request.key() + " in " + request.output() + " (expected " + partition + ").");
        }
        TableData data = ParquetTableReader.read(partition);
        System.out.printf("%-16s %-10s %-12s %-36s %s%n", "Child", "Numerator", "Denominator", "List", "Row");
        int shown = 0;
        for (int r = 0; r < data.rowCount(); r++) {
            boolean inNumerator = (Boolean) data.value(r, "in_numerator");
            if (!indicator.equalsIgnoreCase((String) data.value(r, "indicator_id")) || (numeratorOnly && !inNumerator)) {
                continue;
            }
            boolean inDenominator = (Boolean) data.value(r, "in_denominator");
            System.out.printf("%-16s %-10s %-12s %-36s %s [%s] row %s%n", data.value(r, "child_id"),
                    inNumerator ? "yes" : "no", inDenominator ? "yes" : "-", data.value(r, "list"),
                    data.value(r, "source_file"), data.value(r, "source_sheet"), data.value(r, "source_row"));
            shown++;
        }
        System.out.println(shown + " records for " + indicator.toUpperCase(java.util.Locale.ROOT) + ".");
        return ExitCodes.OK;
    }
}
