package uk.chatbatch.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import uk.chatbatch.localauthorities.LocalAuthorities.LocalAuthority;
import uk.chatbatch.localauthorities.LocalAuthorities;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.region.LaInputFolders;
import uk.chatbatch.ssda903.SyntheticSsda903;

/**
 * Several LAs' extracts in the folder layout a region run reads ({@code run --inputs-by-la}): one sub-folder per
 * real LA code from the bundled table, each with its own Annex A workbook and one year of SSDA903 tables, each LA
 * with its own seed and its own size around the one asked for.
 *
 * <p>SSDA903 episodes follow the typical LA's proportion, 1,500 episodes a year for 9,600 Annex A children.
 */
public final class RegionExtracts {

    /** The region job file written beside the LA folders. */
    public static final String JOB_FILE = "region.yml";
    /**
     * Children aged 0 to 17 for each child in a synthetic LA's Annex A lists: chosen so the generated LAs' referral
     * rates land near England's (about 550 per 10,000 a year against England's 527 in 2025; 8, England's 12 million
     * children over the typical LA's 9,600 listed ones, gave about 1,240, as the generator lists more referrals per
     * child than a real LA does).
     */
    static final int POPULATION_PER_LISTED_CHILD = 18;

    /** The typical LA's SSDA903 episodes per Annex A child: 1,500 episodes beside 9,600 children. */
    static final double EPISODES_PER_CHILD = 1_500.0 / 9_600;
    public static final String ANNEX_A_FILE = "annex-a.xlsx";

    /**
     * @param las      how many LAs
     * @param children each LA's children before its size factor
     * @param spread   each LA's size is {@code children} times a factor drawn evenly from 1 - spread to 1 + spread
     *                 (0 gives every LA the same size)
     * @param region   only LAs of this region (as the bundled table names it), or every English LA
     */
    public record Options(int las, int children, double spread, long seed, LocalDate periodEnd, boolean mess,
                          Optional<String> region) {
        public Options {
            if (las < 1) {
                throw new IllegalArgumentException("--las must be at least 1, got " + las);
            }
            if (spread < 0 || spread >= 1) {
                throw new IllegalArgumentException("the size spread must be from 0 to under 1, got " + spread);
            }
        }
    }

    /** One LA written: its folder, its seed and size, and what was written. */
    public record WrittenLa(LocalAuthority la, Path folder, long seed, int children, GeneratedCounts annexA,
                            SyntheticSsda903.Written ssda903) {

        public long rows() {
            return annexA.totalDataRows() + ssda903.total();
        }
    }

    private RegionExtracts() {
    }

    /** The first {@code las} live LAs (of the region, if one is given) by DfE code. */
    public static List<LocalAuthority> pick(int las, Optional<String> region) {
        List<LocalAuthority> live = LocalAuthorities.bundled().liveWithDfeCode().stream()
                .filter(la -> region.map(r -> r.equalsIgnoreCase(la.region())).orElse(true)).toList();
        if (live.size() < las) {
            throw new IllegalArgumentException("--las " + las + " asks for more LAs than the bundled table has"
                    + region.map(r -> " in the region '" + r + "'").orElse("") + " (" + live.size() + ").");
        }
        return live.subList(0, las);
    }

    /** The size factor of the LA at {@code index}: the same seed and index always give the same factor. */
    static double sizeFactor(long seed, int index, double spread) {
        return 1 - spread + 2 * spread * new SplittableRandom(seed * 31 + index).nextDouble();
    }

    public static List<WrittenLa> write(Options options, Path root) throws IOException {
        List<WrittenLa> written = new ArrayList<>();
        List<LocalAuthority> las = pick(options.las(), options.region());
        CollectionYear year = latestYearEndingBy(options.periodEnd());
        for (int i = 0; i < las.size(); i++) {
            LocalAuthority la = las.get(i);
            long seed = options.seed() + i;
            int children = Math.max(1, (int) Math.round(options.children() * sizeFactor(options.seed(), i,
                    options.spread())));
            Path folder = Files.createDirectories(root.resolve(la.dfeCode()));
            GeneratedCounts annexA = new SyntheticAnnexAGenerator().generate(new GeneratorOptions(seed, children,
                    options.periodEnd(), options.mess(), la.name()), folder.resolve(ANNEX_A_FILE));
            SyntheticSsda903.Written ssda903 = SyntheticSsda903.write(
                    Files.createDirectories(folder.resolve(LaInputFolders.SSDA903_DIR)), seed, year.startYear(), 1,
                    Math.max(1, (int) Math.round(children * EPISODES_PER_CHILD)));
            written.add(new WrittenLa(la, folder, seed, children, annexA, ssda903));
        }
        writeJobFile(written, root, options.periodEnd());
        return written;
    }

    /**
     * Writes {@value #JOB_FILE} beside the LA folders (a region run's folder scan ignores loose files): a region job
     * file for these extracts, declared synthetic data (the codes are real LAs'), each LA with a synthetic population
     * so its rates per 10,000 can be shown.
     */
    static void writeJobFile(List<WrittenLa> written, Path root, LocalDate periodEnd) throws IOException {
        StringBuilder yaml = new StringBuilder()
                .append("# A region job file for the synthetic extracts `generate --las` wrote beside it.\n")
                .append("# The populations are synthetic: ").append(POPULATION_PER_LISTED_CHILD)
                .append(" children aged 0 to 17 for each child in the LA's Annex A lists, to the nearest 100.\n")
                .append("# Run: java -jar target/chat-batch.jar run ").append(root.resolve(JOB_FILE)).append("\n")
                .append("period_end: ").append(periodEnd).append("\n")
                .append("# The LAs' codes are real LAs' (a region needs them), their data synthetic: every output says so.\n")
                .append("synthetic_data: true\n")
                .append("inputs_by_la: '").append(root.toAbsolutePath().toString().replace("'", "''")).append("'\n")
                .append("las:\n");
        for (WrittenLa la : written) {
            yaml.append("  - la_code: \"").append(la.la().dfeCode()).append("\"\n")
                    .append("    population: {aged_0_to_17: ").append(syntheticPopulation(la.children())).append("}\n");
        }
        Files.writeString(root.resolve(JOB_FILE), yaml.toString());
    }

    /** A synthetic 0 to 17 population for an LA with this many children in its Annex A lists. */
    static long syntheticPopulation(int listedChildren) {
        return Math.max(100, Math.round(listedChildren * (double) POPULATION_PER_LISTED_CHILD / 100.0) * 100);
    }

    /** The last SSDA903 collection year (1 April to 31 March) that has ended by the period end. */
    static CollectionYear latestYearEndingBy(LocalDate periodEnd) {
        CollectionYear year = CollectionYear.endingIn(periodEnd.getYear());
        return year.end().isAfter(periodEnd) ? CollectionYear.endingIn(periodEnd.getYear() - 1) : year;
    }
}
