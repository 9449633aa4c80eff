package uk.chatbatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.chatbatch.generate.GeneratedCounts;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.RegionExtracts;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.jobfile.JobFileException;
import uk.chatbatch.jobfile.JobFileLoader;
import uk.chatbatch.rollup.synthetic.SyntheticRegion;

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

    @Option(names = "--output", paramLabel = "<file.xlsx>",
            description = "Workbook to write; with --las, the folder to write the LAs' sub-folders in.")
    Path output;

    @Option(names = "--shareable-indicators", paramLabel = "<output folder>", description = "Instead of a workbook,"
            + " write a synthetic region's shareable indicators (--las real LAs, default 153, x --periods month ends"
            + " up to --period-end) into this folder, as runs would, for rollup.")
    Path shareableIndicators;

    @Option(names = "--periods", defaultValue = "12", description = "With --shareable-indicators: month ends"
            + " (default: ${DEFAULT-VALUE}).")
    int periods;

    @Option(names = "--las", paramLabel = "<n>", description = "Write n LAs' extracts instead, as a region run reads"
            + " them (run --inputs-by-la): one sub-folder per real LA code (the first n by DfE code, of --region if"
            + " given), each with annex-a.xlsx and one SSDA903 year (ssda903/), each LA with seed --seed plus its"
            + " position and about --children children, its size varied by --size-spread. With"
            + " --shareable-indicators: the number of LAs (default 153).")
    Integer las;

    /** England's LAs with a DfE code: a synthetic region for rollup is all of them unless --las says fewer. */
    private static final int DEFAULT_REGION_LAS = 153;

    @Option(names = "--size-spread", defaultValue = "0.2", paramLabel = "<fraction>", description = "With --las: each"
            + " LA has --children times a factor from 1 - fraction to 1 + fraction (default: ${DEFAULT-VALUE}).")
    double sizeSpread;

    @Option(names = "--region", paramLabel = "<name>", description = "With --las: only LAs of this region, e.g."
            + " 'North East'.")
    String region;

    @Override
    public Integer call() throws Exception {
        if (shareableIndicators != null) {
            return writeShareableIndicators();
        }
        if (output == null) {
            throw new JobFileException("generate: give --output <file.xlsx> (or --shareable-indicators <folder>).");
        }
        LocalDate end = periodEnd != null ? JobFileLoader.date(periodEnd, "--period-end")
                : LocalDate.now(ZoneId.of("Europe/London")).with(TemporalAdjusters.firstDayOfMonth()).minusDays(1);
        GeneratorOptions options = new GeneratorOptions(seed, children, end, !clean,
                laName != null ? laName : GeneratorOptions.DEFAULT_LA_NAME);
        if (las != null) {
            return writeRegion(end);
        }
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        GeneratedCounts counts = new SyntheticAnnexAGenerator().generate(options, output);
        System.out.println("Wrote " + output + " (seed " + seed + ", " + children + " children, period ending " + end
                + (clean ? ", clean" : ", with realistic mess") + ")");
        System.out.println(counts);
        return ExitCodes.OK;
    }

    private Integer writeShareableIndicators() throws java.io.IOException {
        int regionLas = las != null ? las : DEFAULT_REGION_LAS;
        LocalDate latest = periodEnd != null ? JobFileLoader.date(periodEnd, "--period-end") : LocalDate.of(2026, 9, 30);
        SyntheticRegion.Written written = new SyntheticRegion().write(shareableIndicators,
                new SyntheticRegion.Options(regionLas, periods, seed, latest), Runtime.getRuntime().availableProcessors());
        System.out.println("Wrote the shareable indicators of " + regionLas + " LAs x " + periods + " periods (up to "
                + latest + ", seed " + seed + "): " + written.rows() + " rows under " + shareableIndicators
                + "/shareable/indicators");
        return ExitCodes.OK;
    }

    private Integer writeRegion(LocalDate end) throws java.io.IOException {
        List<RegionExtracts.WrittenLa> written = RegionExtracts.write(new RegionExtracts.Options(las, children,
                sizeSpread, seed, end, !clean, Optional.ofNullable(region)), output);
        for (RegionExtracts.WrittenLa la : written) {
            System.out.printf("%s %-28s seed %d, %,d children: %,d Annex A rows, %,d SSDA903 rows%n",
                    la.la().dfeCode(), la.la().name(), la.seed(), la.children(), la.annexA().totalDataRows(),
                    la.ssda903().total());
        }
        System.out.println("Wrote " + written.size() + " LAs' extracts under " + output + " (period ending " + end
                + (clean ? ", clean" : ", with realistic mess") + "); run them with: run "
                + output.resolve(RegionExtracts.JOB_FILE) + " (each LA with a synthetic population for its rates), or"
                + " run --inputs-by-la " + output + " --period-end " + end);
        return ExitCodes.OK;
    }
}
