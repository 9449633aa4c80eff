package uk.chatbatch.rollup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import uk.chatbatch.localauthorities.LocalAuthorities;

/**
 * The LAs rolled up together and the group's id: the region's name when every LA is in one region of the bundled
 * LA table, else {@code la-set-} and the first 8 hex digits of the SHA-256 of the sorted, comma-joined codes.
 *
 * @param id      the {@code group_id} column and the {@code group=} folder
 * @param laCodes DfE codes, sorted
 */
public record Group(String id, List<String> laCodes) {

    public Group {
        laCodes = List.copyOf(new TreeSet<>(laCodes));
        if (laCodes.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one LA");
        }
    }

    /** The group of these LAs (DfE codes), named as above. */
    public static Group of(Collection<String> laCodes) {
        List<String> sorted = List.copyOf(new TreeSet<>(laCodes));
        return new Group(commonRegion(sorted).orElseGet(() -> "la-set-" + sha256(String.join(",", sorted))
                .substring(0, 8)), sorted);
    }

    /** The region every one of these LAs is in, by the bundled table; empty when they span regions or one is unknown. */
    public static Optional<String> commonRegion(Collection<String> laCodes) {
        TreeSet<String> regions = new TreeSet<>();
        for (String la : laCodes) {
            Optional<LocalAuthorities.LocalAuthority> known = LocalAuthorities.bundled().byDfeCode(la);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            regions.add(known.get().region());
        }
        return regions.size() == 1 ? Optional.of(regions.first()) : Optional.empty();
    }

    public boolean contains(String laCode) {
        return laCodes.contains(laCode);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
