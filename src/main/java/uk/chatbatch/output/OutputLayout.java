package uk.chatbatch.output;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.chatbatch.model.LaPeriod;

/**
 * Where everything the product writes lives under the output root (design.md, "Outputs").
 *
 * <p>Datasets use Hive-style {@code la=}/{@code period=} folders so Spark, DuckDB, pandas and
 * Trino read every LA and period at once and get {@code la} and {@code period} as columns.
 * Staging lives under a dot-folder of the same root: those tools skip hidden folders, and being on
 * the same file system is what lets {@link StagingArea#publish()} use atomic renames.
 *
 * <p>Names that become path segments are checked, so an LA code (by {@link LaPeriod}) or report name can
 * never reach outside the root.
 */
public record OutputLayout(Path outputRoot) {

    public static final String PARQUET_DIR = "parquet";
    public static final String REPORTS_DIR = "reports";
    /** Datasets that may leave the LA: suppressed, pseudonymised, in the same Hive layout as {@link #PARQUET_DIR}. */
    public static final String SHAREABLE_DIR = "shareable";
    public static final String STAGING_DIR = ".staging";
    /** The outputs a replacement ({@code run --replace}) moved aside, kept until the user removes them. */
    public static final String REVISIONS_DIR = "revisions";
    /** A replacement's outputs while it runs, swapped into place when it has succeeded; never read this. */
    public static final String PENDING_REVISIONS_DIR = ".revisions-pending";

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public OutputLayout {
        Objects.requireNonNull(outputRoot, "outputRoot");
    }

    /** {@code <root>/parquet/<dataset>/la=<code>/period=<yyyy-mm-dd>} */
    public Path datasetPartition(String dataset, LaPeriod key) {
        return outputRoot.resolve(PARQUET_DIR).resolve(checkDataset(dataset))
                .resolve(key.laPartition()).resolve(key.periodPartition());
    }

    /** {@code <root>/shareable/<dataset>/la=<code>/period=<yyyy-mm-dd>} */
    public Path shareablePartition(String dataset, LaPeriod key) {
        return outputRoot.resolve(SHAREABLE_DIR).resolve(checkDataset(dataset))
                .resolve(key.laPartition()).resolve(key.periodPartition());
    }

    /** {@code <root>/reports/<code>/<yyyy-mm-dd>/<name>} */
    public Path reportFile(LaPeriod key, String name) {
        return reportsFolder(key).resolve(checkName(name, "report file name"));
    }

    /** {@code <root>/reports/<code>/<yyyy-mm-dd>}: the folder of this LA and period's reports. */
    public Path reportsFolder(LaPeriod key) {
        return outputRoot.resolve(REPORTS_DIR).resolve(key.laCode()).resolve(key.periodEnd().toString());
    }

    /** {@code <root>/.staging/<code>_<yyyy-mm-dd>_<step>}: one folder per LA, period and step. */
    public Path stagingRoot(LaPeriod key, String step) {
        return outputRoot.resolve(STAGING_DIR).resolve(key.folderPrefix() + "_" + checkName(step, "step name"));
    }

    /** {@code <root>/.revisions-pending/<code>_<yyyy-mm-dd>_r<revision>}: a replacement's own output root while it runs. */
    public Path pendingRevisionRoot(LaPeriod key, int revision) {
        return outputRoot.resolve(PENDING_REVISIONS_DIR).resolve(key.folderPrefix() + "_r" + revision);
    }

    /** {@code <root>/revisions/<code>/<yyyy-mm-dd>}: one folder per replaced revision of this LA and period. */
    public Path revisionsFolder(LaPeriod key) {
        return outputRoot.resolve(REVISIONS_DIR).resolve(key.laCode()).resolve(key.periodEnd().toString());
    }

    /**
     * {@code part-00000.parquet} and so on: the names {@link ParquetTableReader} reads, zero-padded
     * so that name order is write order.
     */
    public static String partFileName(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("Part file index must not be negative: " + index);
        }
        return String.format("part-%05d.parquet", index);
    }

    private static String checkDataset(String dataset) {
        Objects.requireNonNull(dataset, "dataset");
        if (!ColumnDef.SNAKE_CASE.matcher(dataset).matches()) {
            throw new IllegalArgumentException("Dataset name '" + dataset
                    + "' is not snake_case: use a lower-case letter then lower-case letters, digits or '_'");
        }
        return dataset;
    }

    private static String checkName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("The " + what + " '" + name
                    + "' must start with a letter or digit and use only letters, digits, '.', '_' or '-'");
        }
        return name;
    }
}
