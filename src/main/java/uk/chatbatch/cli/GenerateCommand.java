package uk.chatbatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.chatbatch.generate.GeneratedCounts;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.jobfile.JobFileException;
import uk.chatbatch.jobfile.JobFileLoader;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic LA's Annex A workbook: children following coherent journeys across the"
                + " eleven lists, with optional realistic mess.", "The same seed and options give the same file."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--children", defaultValue = "500",
            description = "Number of children in the synthetic LA (default: ${DEFAULT-VALUE}).")
    int children;

    @Option(names = "--period-end", paramLabel = "<yyyy-mm-dd>",
            description = "Period end the extract is taken at (default: the last day of the previous month).")
    String periodEnd;

    @Option(names = "--clean", description = "Write a tidy workbook, without the header variants, labelled codes,"
            + " text dates, padding rows and invalid cells that real extracts carry.")
    boolean clean;

    @Option(names = "--la-name", paramLabel = "<name>", description = "LA name used in the data.")
    String laName;

    @Option(names = "--output", paramLabel = "<file.xlsx>", description = "Workbook to write.")
    Path output;

    @Option(names = "--shareable-indicators", paramLabel = "<output folder>", description = "Instead of a workbook,"
            + " write a synthetic region's shareable indicators (--las real LAs x --periods month ends up to"
            + " --period-end) into this folder, as runs would, for rollup.")
    Path region;

    @Option(names = "--las", defaultValue = "153", description = "With --shareable-indicators: LAs, in the bundled"
            + " table's code order (default: ${DEFAULT-VALUE}).")
    int las;

    @Option(names = "--periods", defaultValue = "12", description = "With --shareable-indicators: month ends"
            + " (default: ${DEFAULT-VALUE}).")
    int periods;

    @Override
    public Integer call() throws Exception {
        if (region != null) {
            LocalDate latest = periodEnd != null ? JobFileLoader.date(periodEnd, "--period-end") : LocalDate.of(2026, 9, 30);
            uk.chatbatch.rollup.synthetic.SyntheticRegion.Written written = new uk.chatbatch.rollup.synthetic
                    .SyntheticRegion().write(region, new uk.chatbatch.rollup.synthetic.SyntheticRegion.Options(las,
                    periods, seed, latest), Runtime.getRuntime().availableProcessors());
            System.out.println("Wrote the shareable indicators of " + las + " LAs x " + periods + " periods (up to "
                    + latest + ", seed " + seed + "): " + written.rows() + " rows under " + region
                    + "/shareable/indicators");
            return ExitCodes.OK;
        }
        if (output == null) {
            throw new JobFileException("generate: give --output <file.xlsx> (or --shareable-indicators <folder>).");
        }
        LocalDate end = periodEnd != null ? JobFileLoader.date(periodEnd, "--period-end")
                : LocalDate.now(ZoneId.of("Europe/London")).with(TemporalAdjusters.firstDayOfMonth()).minusDays(1);
        GeneratorOptions options = new GeneratorOptions(seed, children, end, !clean,
                laName != null ? laName : GeneratorOptions.DEFAULT_LA_NAME);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        GeneratedCounts counts = new SyntheticAnnexAGenerator().generate(options, output);
        System.out.println("Wrote " + output + " (seed " + seed + ", " + children + " children, period ending " + end
                + (clean ? ", clean" : ", with realistic mess") + ")");
        System.out.println(counts);
        return ExitCodes.OK;
    }
}
