package uk.chatbatch.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Which group a roll-up is for (ROLLUP-SPEC.md, "Groups"): the region's name when every LA is in that one region
 * of the product's LA table, else {@code la-set-} and the first 8 hex digits of the SHA-256 of the sorted,
 * comma-joined LA codes. The LA table is the product's own {@code la-codes.csv}, copied into this jar by the build.
 */
final class RollupGroup {

    private static final String LA_TABLE = "la-codes.csv";

    /** Region name by DfE LA code: the live row's, else a terminated row's (as the product's LA table does). */
    private final Map<String, String> regionByLa;
    /** DfE code by ONS (GSS) code, current or replaced */
    private final Map<String, String> dfeByOns;

    private RollupGroup(Map<String, String> regionByLa, Map<String, String> dfeByOns) {
        this.regionByLa = Map.copyOf(regionByLa);
        this.dfeByOns = Map.copyOf(dfeByOns);
    }

    /** Reads the bundled LA table with Spark's CSV reader (quoted names such as "Bristol, City of"). */
    static RollupGroup fromBundledTable(SparkSession spark) {
        List<String> lines;
        try (InputStream in = RollupGroup.class.getResourceAsStream(LA_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the LA table " + LA_TABLE + " is missing from the job's jar");
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = spark.read().option("header", "true").option("comment", "#")
                .csv(spark.createDataset(lines, Encoders.STRING()))
                .selectExpr("old_la_code", "region_name", "status = 'live' AS live", "new_la_code")
                .collectAsList();
        Map<String, String> regionByLa = new HashMap<>();
        Map<String, String> dfeByOns = new HashMap<>();
        for (Row row : rows) {
            String la = row.getString(0);
            String region = row.getString(1);
            if (la != null && region != null && (row.getBoolean(2) || !regionByLa.containsKey(la))) {
                regionByLa.put(la, region);
            }
            if (la != null && row.getString(3) != null) {
                dfeByOns.putIfAbsent(row.getString(3), la);
            }
        }
        return new RollupGroup(regionByLa, dfeByOns);
    }

    /** The DfE code of an LA given by its DfE code or its ONS code (E08000021); unknown ONS codes as given. */
    String dfeCode(String given) {
        return dfeByOns.getOrDefault(given, given);
    }

    /** The region's name as the table spells it, for a name given in any case. */
    Optional<String> regionNamed(String given) {
        return new TreeSet<>(regionByLa.values()).stream().filter(r -> r.equalsIgnoreCase(given.strip())).findFirst();
    }

    /** The LA codes of a region, among those given. */
    Set<String> lasOf(String region, Set<String> among) {
        return among.stream().filter(la -> region.equals(regionByLa.get(la)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    String groupId(SortedSet<String> laCodes) {
        Set<String> regions = new TreeSet<>();
        for (String la : laCodes) {
            regions.add(regionByLa.getOrDefault(la, ""));
        }
        if (regions.size() == 1 && !regions.contains("")) {
            return regions.iterator().next();
        }
        return "la-set-" + sha256Hex(String.join(",", laCodes)).substring(0, 8);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
