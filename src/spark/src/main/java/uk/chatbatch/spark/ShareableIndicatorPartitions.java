package uk.chatbatch.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The (LA, period) partitions of the shareable indicators datasets in the given output folders, found by listing
 * {@code <folder>/shareable/indicators/la=<LA>/period=<yyyy-MM-dd>/} through Hadoop's file system API (so local,
 * HDFS, {@code s3a://} and {@code abfss://} folders alike). Listing before Spark reads anything lets the job refuse
 * bad input in one sentence, and name the group and its latest period, without starting a Spark stage.
 */
record ShareableIndicatorPartitions(List<Partition> partitions) {

    static final String DATASET = "shareable/indicators";

    /** One LA and period, the output folder it was found in (as given) and its partition folder. */
    record Partition(String laCode, LocalDate period, String outputFolder, String partitionFolder) {
    }

    /**
     * @throws RollupInputException when a folder has no shareable indicators dataset, or one LA and period is in two
     *         folders
     */
    static ShareableIndicatorPartitions list(List<String> outputFolders, Configuration hadoop) throws IOException {
        Map<String, Partition> byLaAndPeriod = new LinkedHashMap<>();
        for (String folder : outputFolders) {
            Path dataset = new Path(folder, DATASET);
            FileSystem fs = dataset.getFileSystem(hadoop);
            for (FileStatus la : directories(fs, dataset, folder)) {
                String laCode = value(la.getPath(), "la");
                if (laCode == null) {
                    continue;
                }
                for (FileStatus period : directories(fs, la.getPath(), folder)) {
                    String periodText = value(period.getPath(), "period");
                    if (periodText == null || !hasParquet(fs, period.getPath())) {
                        continue;
                    }
                    Partition found = new Partition(laCode, date(periodText, period.getPath()), folder,
                            period.getPath().toString());
                    Partition earlier = byLaAndPeriod.putIfAbsent(laCode + "|" + found.period(), found);
                    if (earlier != null) {
                        throw new RollupInputException("LA " + laCode + " period " + found.period() + " is in both "
                                + earlier.outputFolder() + " and " + folder
                                + ": give each LA and period once.");
                    }
                }
            }
        }
        return new ShareableIndicatorPartitions(List.copyOf(byLaAndPeriod.values()));
    }

    ShareableIndicatorPartitions onlyLas(Set<String> laCodes) {
        return new ShareableIndicatorPartitions(partitions.stream().filter(p -> laCodes.contains(p.laCode())).toList());
    }

    ShareableIndicatorPartitions upTo(LocalDate latest) {
        return new ShareableIndicatorPartitions(partitions.stream().filter(p -> !p.period().isAfter(latest)).toList());
    }

    TreeSet<String> laCodes() {
        TreeSet<String> codes = new TreeSet<>();
        partitions.forEach(p -> codes.add(p.laCode()));
        return codes;
    }

    LocalDate latestPeriod() {
        return partitions.stream().map(Partition::period).max(LocalDate::compareTo).orElseThrow();
    }

    /** The partition folders, for Spark to read; their files carry la_code and period_end as columns. */
    List<String> partitionFolders() {
        return partitions.stream().map(Partition::partitionFolder).toList();
    }

    private static FileStatus[] directories(FileSystem fs, Path dir, String folder) throws IOException {
        try {
            FileStatus[] listing = fs.listStatus(dir);
            return Arrays.stream(listing).filter(FileStatus::isDirectory).toArray(FileStatus[]::new);
        } catch (FileNotFoundException e) {
            throw new RollupInputException("Folder " + folder + " has no " + DATASET + " dataset: give the output"
                    + " folder of a run that wrote shareable indicators (the folder holding shareable/).");
        }
    }

    private static boolean hasParquet(FileSystem fs, Path dir) throws IOException {
        for (FileStatus file : fs.listStatus(dir)) {
            if (file.isFile() && file.getPath().getName().endsWith(".parquet")) {
                return true;
            }
        }
        return false;
    }

    private static String value(Path dir, String key) {
        String name = dir.getName();
        return name.startsWith(key + "=") ? name.substring(key.length() + 1) : null;
    }

    private static LocalDate date(String text, Path dir) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RollupInputException("Folder " + dir + " is not named period=<yyyy-MM-dd>: '" + text
                    + "' is not a date.");
        }
    }
}
