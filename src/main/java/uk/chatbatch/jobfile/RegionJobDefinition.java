package uk.chatbatch.jobfile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A run of several LAs for one period end: each LA's own job (inputs, name, population), and what they
 * share (period end, output folder, job repository, how many run at once).
 *
 * @param name        the job file's name without extension, or "command-line"
 * @param las         one job per LA, in DfE code order, all with the same period end and output folder
 * @param parallelLas how many LAs run at once; empty means the number of cores
 */
public record RegionJobDefinition(String name, List<JobDefinition> las, LocalDate periodEnd, Path output,
                                  Optional<String> jdbcUrl, Optional<Integer> parallelLas) {

    public RegionJobDefinition {
        las = List.copyOf(las);
    }

    /** The DfE codes of the LAs, comma-separated in order: the region job's identity with the period end. */
    public String laCodes() {
        return String.join(",", las.stream().map(JobDefinition::laCode).toList());
    }

    /**
     * {@code region-<hash of the LA set>}: names the region's job repository and run lock, so the same set of
     * LAs restarts its own run and a different set is a different run.
     */
    public String regionKey() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(laCodes().getBytes(StandardCharsets.US_ASCII));
            return "region-" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The configured URL, or one H2 file for this LA set and period beside the single-LA ones. */
    public String jobRepositoryUrl() {
        return jdbcUrl.orElseGet(() -> "jdbc:h2:file:" + output.toAbsolutePath().normalize().resolve(".jobrepo")
                .resolve(regionKey() + "_" + periodEnd).resolve("chat-batch") + ";AUTO_SERVER=TRUE");
    }

    public int parallelLasOrCores() {
        return parallelLas.orElse(Runtime.getRuntime().availableProcessors());
    }
}
