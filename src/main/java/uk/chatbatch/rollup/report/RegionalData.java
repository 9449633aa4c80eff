package uk.chatbatch.rollup.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.chatbatch.localauthorities.LocalAuthorities;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * What the regional report draws, read from the roll-up's two datasets and nothing else: the group's
 * whole-population rows of the period from {@code benchmarking}, and each indicator's group median over
 * the periods from {@code benchmarking_trend} (with the number of LAs each median rests on, from the
 * {@code benchmarking} partition of that period where it is there).
 *
 * @param laCodes     every LA with a row in the period, in code order
 * @param byIndicator the rows of each indicator, in LA code order
 * @param medians     each indicator's group median by period end, up to and including the period
 * @param trendGap    why there is no trend at all (the trend dataset is missing), or empty
 */
record RegionalData(String groupId, LocalDate period, List<String> laCodes, Map<String, List<BenchmarkRow>> byIndicator,
                    Map<String, List<MedianPoint>> medians, Optional<String> trendGap) {

    /** The group median of one period, and how many LAs' figures it rests on when known. */
    record MedianPoint(LocalDate periodEnd, Double median, Optional<Long> nLas) {
    }

    /**
     * @param benchmarkingDir the {@code benchmarking} dataset ({@code group=<id>/period=<date>/} below it)
     * @param trendDir        the {@code benchmarking_trend} dataset ({@code group=<id>/} below it)
     * @throws IllegalArgumentException with one sentence naming the folder, when the period has no benchmarking rows
     */
    static RegionalData read(Path benchmarkingDir, Path trendDir, String groupId, LocalDate period) {
        Path partition = partition(benchmarkingDir, groupId, period);
        if (!Files.isDirectory(partition)) {
            throw new IllegalArgumentException("The benchmarking dataset has no partition for group " + groupId
                    + " and period " + period + ": " + partition + " is not a folder.");
        }
        List<BenchmarkRow> rows = BenchmarkRow.headlineRowsOf(table(partition));
        Set<String> las = new TreeSet<>();
        Map<String, List<BenchmarkRow>> byIndicator = new TreeMap<>();
        for (BenchmarkRow row : rows) {
            las.add(row.laCode());
            byIndicator.computeIfAbsent(row.indicatorId(), id -> new ArrayList<>()).add(row);
        }
        byIndicator.values().forEach(list -> list.sort(java.util.Comparator.comparing(BenchmarkRow::laCode)));

        Path trend = trendDir.resolve("group=" + groupId);
        if (!Files.isDirectory(trend)) {
            return new RegionalData(groupId, period, List.copyOf(las), byIndicator, Map.of(),
                    Optional.of("the benchmarking_trend dataset has no folder " + trend));
        }
        Map<String, Map<LocalDate, Double>> medianByPeriod = mediansOf(table(trend), period);
        Map<LocalDate, Map<String, Long>> nLas = new TreeMap<>();
        Map<String, List<MedianPoint>> medians = new TreeMap<>();
        for (Map.Entry<String, Map<LocalDate, Double>> e : medianByPeriod.entrySet()) {
            List<MedianPoint> points = new ArrayList<>();
            for (Map.Entry<LocalDate, Double> p : e.getValue().entrySet()) {
                Map<String, Long> counts = nLas.computeIfAbsent(p.getKey(),
                        end -> end.equals(period) ? nLasOf(rows) : nLasOf(benchmarkingDir, groupId, end));
                points.add(new MedianPoint(p.getKey(), p.getValue(), Optional.ofNullable(counts.get(e.getKey()))));
            }
            medians.put(e.getKey(), List.copyOf(points));
        }
        return new RegionalData(groupId, period, List.copyOf(las), byIndicator, medians, Optional.empty());
    }

    /** "Camden (202)"; a code the bundled LA table does not hold (a synthetic LA) is "LA 999". */
    static String laName(String laCode) {
        return LocalAuthorities.bundled().byDfeCode(laCode).map(LocalAuthorities.LocalAuthority::name)
                .orElse("LA " + laCode);
    }

    static String laLabel(String laCode) {
        String name = laName(laCode);
        return name.equals("LA " + laCode) ? name : name + " (" + laCode + ")";
    }

    private static Path partition(Path benchmarkingDir, String groupId, LocalDate period) {
        return benchmarkingDir.resolve("group=" + groupId).resolve("period=" + period);
    }

    /** The group median of each indicator's whole population per period; every LA's row carries the same one. */
    private static Map<String, Map<LocalDate, Double>> mediansOf(TableData trend, LocalDate period) {
        Map<String, Map<LocalDate, Double>> medians = new TreeMap<>();
        for (int r = 0; r < trend.rowCount(); r++) {
            LocalDate end = (LocalDate) trend.value(r, "period_end");
            if (!BenchmarkRow.ALL.equals(trend.value(r, "breakdown"))
                    || !BenchmarkRow.ALL.equals(trend.value(r, "breakdown_value")) || end.isAfter(period)) {
                continue;
            }
            Map<LocalDate, Double> byPeriod = medians.computeIfAbsent((String) trend.value(r, "indicator_id"),
                    id -> new TreeMap<>());
            Double median = (Double) trend.value(r, "group_median");
            if (median != null || !byPeriod.containsKey(end)) {
                byPeriod.put(end, median);
            }
        }
        return medians;
    }

    private static Map<String, Long> nLasOf(List<BenchmarkRow> rows) {
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(row -> counts.putIfAbsent(row.indicatorId(), row.nLas()));
        return counts;
    }

    private static Map<String, Long> nLasOf(Path benchmarkingDir, String groupId, LocalDate end) {
        Path partition = partition(benchmarkingDir, groupId, end);
        return Files.isDirectory(partition) ? nLasOf(BenchmarkRow.headlineRowsOf(table(partition))) : Map.of();
    }

    private static TableData table(Path fileOrPartition) {
        try {
            return ParquetTableReader.read(fileOrPartition);
        } catch (IOException e) {
            throw new UncheckedIOException("The roll-up dataset " + fileOrPartition + " could not be read: "
                    + e.getMessage(), e);
        }
    }
}
