package uk.chatbatch.rollup.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.localauthorities.LocalAuthorities;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;

/**
 * Writes a synthetic region's shareable indicators: N real LAs (the bundled table's, in code order) × P month-end
 * periods, in the layout a run writes ({@code <out>/shareable/indicators/la=/period=/part-00000.parquet}), without
 * running the product N × P times. Every indicator of the catalogue gets figures scaled by its LA's size (each LA
 * its own size and seed), with its breakdowns split into groups; the rows are made by the product's own shareable
 * dataset code, so the small-number rule withholds exactly what it would in a real run. The same options give the
 * same files.
 */
public final class SyntheticRegion {

    /**
     * @param las          how many LAs, at most the bundled table's 153
     * @param periods      how many month ends, the latest first
     * @param seed         the region's seed; each LA's is derived from it and its code
     * @param latestPeriod the newest period end
     */
    public record Options(int las, int periods, long seed, LocalDate latestPeriod) {

        public Options {
            int available = LocalAuthorities.bundled().liveWithDfeCode().size();
            if (las < 1 || las > available) {
                throw new uk.chatbatch.rollup.RollupInputException("--las must be 1 to " + available + " (the bundled LA table's"
                        + " LAs with a DfE code), not " + las + ".");
            }
            if (periods < 1) {
                throw new uk.chatbatch.rollup.RollupInputException("--periods must be at least 1, not " + periods + ".");
            }
        }

        public List<LocalDate> periodEnds() {
            List<LocalDate> ends = new ArrayList<>();
            LocalDate end = latestPeriod.with(TemporalAdjusters.lastDayOfMonth());
            for (int i = 0; i < periods; i++) {
                ends.add(0, end);
                end = end.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
            }
            return ends;
        }
    }

    /** What was written: the LAs, periods and rows. */
    public record Written(List<String> laCodes, List<LocalDate> periods, long rows) {
    }

    private final List<IndicatorMetadata> catalogue;

    public SyntheticRegion(List<IndicatorMetadata> catalogue) {
        this.catalogue = List.copyOf(catalogue);
    }

    public SyntheticRegion() {
        this(IndicatorCatalogue.discover().definitions());
    }

    /** Writes every LA and period under the output folder, {@code threads} LAs at once. */
    public Written write(Path output, Options options, int threads) throws IOException {
        List<LocalAuthorities.LocalAuthority> las = LocalAuthorities.bundled().liveWithDfeCode()
                .subList(0, options.las());
        List<LocalDate> periods = options.periodEnds();
        OutputLayout layout = new OutputLayout(output);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Long>> rows = new ArrayList<>();
            for (LocalAuthorities.LocalAuthority la : las) {
                rows.add(pool.submit(() -> writeLa(layout, la, periods, options.seed())));
            }
            long total = 0;
            for (Future<Long> f : rows) {
                total += f.get();
            }
            return new Written(las.stream().map(LocalAuthorities.LocalAuthority::dfeCode).toList(), periods, total);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private long writeLa(OutputLayout layout, LocalAuthorities.LocalAuthority la, List<LocalDate> periods, long seed)
            throws IOException {
        SplittableRandom laRandom = new SplittableRandom(seed * 1_000_003L + Long.parseLong(la.dfeCode()));
        // LAs differ in size about tenfold, as England's do
        double size = Math.exp(laRandom.nextGaussian() * 0.6);
        long written = 0;
        for (LocalDate period : periods) {
            SplittableRandom random = laRandom.split();
            LaPeriod key = new LaPeriod(la.dfeCode(), period);
            IndicatorsDataset.RunFacts facts = new IndicatorsDataset.RunFacts(key, 1,
                    IndicatorSettings.defaults(), Optional.of(la.region()), Benchmarks.bundled());
            Path dir = Files.createDirectories(layout.shareablePartition(ShareableIndicatorsDataset.NAME, key));
            try (ParquetTableWriter writer = ParquetTableWriter.create(dir.resolve(OutputLayout.partFileName(0)),
                    ShareableIndicatorsDataset.SCHEMA)) {
                for (IndicatorMetadata m : catalogue) {
                    for (Object[] row : ShareableIndicatorsDataset.toRows(result(m, size, random), facts)) {
                        writer.write(row);
                    }
                }
                written += writer.rowsWritten();
            }
        }
        return written;
    }

    /** One indicator's figures for an LA of this size: 1 in 30 not computed, as when a list was not supplied. */
    static IndicatorResult result(IndicatorMetadata m, double size, SplittableRandom random) {
        if (random.nextInt(30) == 0) {
            return IndicatorResult.notComputed(m, IndicatorStatus.LIST_NOT_SUPPLIED, "list not supplied (synthetic)");
        }
        // the indicator's own typical level, the same in every LA, so the group's spread is the LAs'
        SplittableRandom level = new SplittableRandom(m.id().hashCode());
        long base = Math.max(1, Math.round((5 + level.nextInt(400)) * size * (0.8 + 0.4 * random.nextDouble())));
        double share = 0.1 + 0.8 * level.nextDouble();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(value(m, IndicatorValue.ALL, IndicatorValue.ALL, base, share, size, random));
        for (String breakdown : m.breakdowns()) {
            int groups = 2 + new SplittableRandom((m.id() + breakdown).hashCode()).nextInt(6);
            long left = base;
            for (int g = 0; g < groups; g++) {
                long part = g == groups - 1 ? left : Math.round(left * (0.2 + 0.5 * random.nextDouble()));
                left -= part;
                values.add(value(m, breakdown, "group " + (char) ('A' + g), part, share, size, random));
            }
        }
        return IndicatorResult.computed(m, values);
    }

    private static IndicatorValue value(IndicatorMetadata m, String breakdown, String group, long cases, double share,
                                        double size, SplittableRandom random) {
        return switch (m.unit()) {
            case COUNT -> IndicatorValue.count(breakdown, group, cases);
            case PERCENT -> IndicatorValue.percent(breakdown, group,
                    Math.round(cases * Math.max(0, Math.min(1, share + 0.1 * random.nextGaussian()))), cases);
            case RATE_PER_10000 -> {
                long population = Math.round(40_000 * size);
                yield new IndicatorValue(breakdown, group, cases, population, 10_000.0 * cases / population);
            }
            case DAYS -> new IndicatorValue(breakdown, group, cases, null,
                    cases == 0 ? null : (double) Math.round(100 + 400 * share + 60 * random.nextGaussian()));
        };
    }
}
