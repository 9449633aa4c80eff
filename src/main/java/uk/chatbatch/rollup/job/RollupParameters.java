package uk.chatbatch.rollup.job;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.rollup.IndicatorPartition;
import uk.chatbatch.rollup.RollupSelection;

/**
 * The roll-up job's parameters. Identifying: the group id, the latest period and a fingerprint of the input files'
 * contents, so the same group, period and inputs are one job instance (rolled up once; a failed one restarts),
 * while an LA rerun for the period (new shareable figures) makes a new one. The folders read and written and the LA
 * list only describe the work.
 */
public final class RollupParameters {

    public static final String GROUP_ID = "group_id";
    public static final String PERIOD = "period";
    public static final String INPUTS = "inputs";
    public static final String FROM = "from";
    public static final String LAS = "las";
    public static final String OUTPUT = "output";

    private RollupParameters() {
    }

    public static JobParameters toParameters(RollupSelection selection, List<Path> from, Path output) {
        return new JobParametersBuilder()
                .addString(GROUP_ID, selection.group().id(), true)
                .addLocalDate(PERIOD, selection.latestPeriod(), true)
                .addString(INPUTS, fingerprint(selection), true)
                .addString(FROM, String.join(File.pathSeparator, from.stream()
                        .map(p -> p.toAbsolutePath().normalize().toString()).toList()), false)
                .addString(LAS, String.join(",", selection.group().laCodes()), false)
                .addString(OUTPUT, output.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
    }

    /** The selection the parameters describe, found again in the folders (as a restart must). */
    public static RollupSelection selection(JobParameters p) {
        return RollupSelection.choose(from(p), Optional.empty(), Arrays.asList(p.getString(LAS).split(",")),
                Optional.of(p.getLocalDate(PERIOD)));
    }

    public static List<Path> from(JobParameters p) {
        return Arrays.stream(p.getString(FROM).split(File.pathSeparator)).map(Path::of).toList();
    }

    public static Path output(JobParameters p) {
        return Path.of(p.getString(OUTPUT));
    }

    /** The first 16 hex digits of SHA-256 over every input part file's LA, period, name and bytes, in order. */
    static String fingerprint(RollupSelection selection) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (IndicatorPartition partition : selection.partitions()) {
                for (Path file : ParquetTableReader.partFiles(partition.dir())) {
                    digest.update((partition.key().laCode() + "/" + partition.key().periodEnd() + "/"
                            + file.getFileName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                        while (in.read(buffer) >= 0) {
                            // the digest reads as the stream does
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
