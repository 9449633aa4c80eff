package uk.chatbatch.spark;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Turns what Spark wrote in a staging folder into the product's layout and publishes it: Spark names its files
 * {@code part-00000-<uuid>.c000.zstd.parquet} beside {@code _SUCCESS} (and {@code .crc} files on a local disk), the
 * product's readers and the in-JVM roll-up use {@code part-00000.parquet} and nothing else. The group's folder is
 * assembled in staging and then replaces the published one, so a reader sees the old group or the new, and a
 * period that is no longer rolled up does not linger.
 */
final class HiveLayoutPublisher {

    static final String PART_FILE = "part-00000.parquet";

    private final FileSystem fs;
    /** Renames without Hadoop's checksum files: on a local disk those would follow each file as .crc */
    private final FileSystem renames;

    HiveLayoutPublisher(Path output, Configuration hadoop) throws IOException {
        this.fs = output.getFileSystem(hadoop);
        this.renames = fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
    }

    /**
     * @param sparkOutput a folder Spark wrote with {@code partitionBy("period")}, one file per partition
     * @param assembled   where to build {@code period=<date>/part-00000.parquet}
     */
    void assemblePartitioned(Path sparkOutput, Path assembled) throws IOException {
        for (FileStatus partition : fs.listStatus(sparkOutput)) {
            if (partition.isDirectory() && partition.getPath().getName().startsWith("period=")) {
                moveSinglePart(partition.getPath(), new Path(assembled, partition.getPath().getName()));
            }
        }
    }

    /** @param sparkOutput a folder Spark wrote with one partition, so one file */
    void moveSinglePart(Path sparkOutput, Path assembled) throws IOException {
        Path only = null;
        for (FileStatus file : fs.listStatus(sparkOutput)) {
            String name = file.getPath().getName();
            if (file.isFile() && name.startsWith("part-") && name.endsWith(".parquet")) {
                if (only != null) {
                    throw new IllegalStateException("Spark wrote more than one file in " + sparkOutput);
                }
                only = file.getPath();
            }
        }
        if (only == null) {
            throw new IllegalStateException("Spark wrote no Parquet file in " + sparkOutput);
        }
        fs.mkdirs(assembled);
        rename(only, new Path(assembled, PART_FILE));
    }

    /** Replaces {@code published} (if any) by {@code assembled}. */
    void publish(Path assembled, Path published) throws IOException {
        if (fs.exists(published) && !fs.delete(published, true)) {
            throw new IOException("could not remove the earlier " + published);
        }
        fs.mkdirs(published.getParent());
        rename(assembled, published);
    }

    void delete(Path staging) throws IOException {
        fs.delete(staging, true);
    }

    private void rename(Path from, Path to) throws IOException {
        if (!renames.rename(from, to)) {
            throw new IOException("could not move " + from + " to " + to);
        }
    }
}
