package uk.chatbatch.annexa;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Identifies which Annex A list a header row holds, and which column is which.
 *
 * <p>Headers are compared after normalisation: Unicode NFKC, lower case, and every character that
 * is not a letter or digit removed. So "Date of Referral", "date of referral ", "DateOfReferral"-style
 * aliases, "‘Missing’" with typographic quotes and "(Y/N))" with a doubled bracket all match their
 * template header. Matching is exact after normalisation against the template header and the aliases
 * in {@link Field}; there is no loose "contains" matching (liia-tools' ".*age.*" also matched "Stage").
 *
 * <p>A sheet is the list whose own columns (those beyond the child's identity, demographics, team
 * and worker) it matches best, provided it matches at least half of them. The sheet name is ignored.
 */
public final class HeaderMatcher {

    private static final Set<Field> SHARED = EnumSet.of(Field.CHILD_ID, Field.FAMILY_ID, Field.GENDER,
            Field.ETHNICITY, Field.DATE_OF_BIRTH, Field.AGE, Field.DISABILITY, Field.ALLOCATED_TEAM,
            Field.ALLOCATED_WORKER);

    private HeaderMatcher() {
    }

    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The best list for these headers, or empty when the row matches no list. */
    public static Optional<HeaderMatch> identify(List<String> headers) {
        HeaderMatch best = null;
        double bestScore = 0;
        for (AnnexAList list : AnnexAList.values()) {
            HeaderMatch match = match(list, headers);
            int own = 0;
            int ownMatched = 0;
            for (AnnexAList.Column column : list.columns()) {
                if (!SHARED.contains(column.field())) {
                    own++;
                    if (match.positionOf(column.field()) >= 0) {
                        ownMatched++;
                    }
                }
            }
            double score = (double) ownMatched / own;
            if (score >= 0.5 && (score > bestScore || (score == bestScore && best != null
                    && match.matchedCount() > best.matchedCount()))) {
                best = match;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Matches headers against one list's columns. */
    public static HeaderMatch match(AnnexAList list, List<String> headers) {
        Map<String, AnnexAList.Column> names = new HashMap<>();
        for (AnnexAList.Column column : list.columns()) {
            names.put(normalise(column.field().header()), column);
            for (String alias : column.field().aliases()) {
                names.putIfAbsent(normalise(alias), column);
            }
        }
        int[] positions = new int[list.columns().size()];
        java.util.Arrays.fill(positions, -1);
        List<Integer> unrecognised = new ArrayList<>();
        List<Integer> duplicates = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String n = normalise(headers.get(i));
            if (n.isEmpty()) {
                continue;
            }
            AnnexAList.Column column = names.get(n);
            if (column == null) {
                unrecognised.add(i);
                continue;
            }
            int index = list.indexOf(column.field());
            if (positions[index] >= 0) {
                duplicates.add(i);
            } else {
                positions[index] = i;
            }
        }
        return new HeaderMatch(list, positions, unrecognised, duplicates);
    }

    /**
     * How a header row maps onto a list.
     *
     * @param positions    for each list column, the header position holding it, or -1
     * @param unrecognised header positions matching no column of the list
     * @param duplicates   header positions naming a column already matched
     */
    public record HeaderMatch(AnnexAList list, int[] positions, List<Integer> unrecognised, List<Integer> duplicates) {

        public int positionOf(Field field) {
            return positions[list.indexOf(field)];
        }

        public int matchedCount() {
            int n = 0;
            for (int p : positions) {
                if (p >= 0) {
                    n++;
                }
            }
            return n;
        }

        /** Columns the list cannot be read without that are absent from the header row. */
        public List<AnnexAList.Column> missingRequired() {
            List<AnnexAList.Column> missing = new ArrayList<>();
            for (int i = 0; i < positions.length; i++) {
                AnnexAList.Column column = list.columns().get(i);
                if (positions[i] < 0 && !column.optionalHeader()) {
                    missing.add(column);
                }
            }
            return missing;
        }

        /** Columns an older template revision lacks, absent from the header row. */
        public List<AnnexAList.Column> missingOptional() {
            List<AnnexAList.Column> missing = new ArrayList<>();
            for (int i = 0; i < positions.length; i++) {
                AnnexAList.Column column = list.columns().get(i);
                if (positions[i] < 0 && column.optionalHeader()) {
                    missing.add(column);
                }
            }
            return missing;
        }
    }
}
