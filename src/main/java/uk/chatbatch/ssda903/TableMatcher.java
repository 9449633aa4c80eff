package uk.chatbatch.ssda903;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.chatbatch.model.Text;

/**
 * Identifies which SSDA903 table a CSV file holds from its header row, never from its name.
 *
 * <p>Headers are compared exactly after trimming (a byte-order mark included) and upper-casing. A
 * file is the table whose own columns (all but CHILD, DOB and SEX, which many tables share) it
 * holds the largest share of, provided that share is at least a half; the table's own columns are
 * disjoint, so two tables never tie. Extra columns are reported and ignored; a missing column
 * means the file cannot be read (every column of every table is in the DfE specification).
 */
final class TableMatcher {

    private static final Set<Ssda903Field> SHARED = EnumSet.of(Ssda903Field.CHILD, Ssda903Field.DOB,
            Ssda903Field.SEX);

    private TableMatcher() {
    }

    static String normalise(String header) {
        return Text.clean(header.replace("\uFEFF", "")).toUpperCase(Locale.ROOT);
    }

    static Optional<Match> identify(List<String> headers) {
        Match best = null;
        double bestShare = 0;
        for (Ssda903Table table : Ssda903Table.values()) {
            Match match = match(table, headers);
            int own = 0;
            int found = 0;
            for (Ssda903Table.Column column : table.columns()) {
                if (!SHARED.contains(column.field())) {
                    own++;
                    if (match.positions()[table.indexOf(column.field())] >= 0) {
                        found++;
                    }
                }
            }
            double share = (double) found / own;
            if (share >= 0.5 && share > bestShare) {
                best = match;
                bestShare = share;
            }
        }
        return Optional.ofNullable(best);
    }

    static Match match(Ssda903Table table, List<String> headers) {
        int[] positions = new int[table.columns().size()];
        Arrays.fill(positions, -1);
        List<Integer> unrecognised = new ArrayList<>();
        List<Integer> duplicates = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String name = normalise(headers.get(i));
            if (name.isEmpty()) {
                continue;
            }
            int index = indexOf(table, name);
            if (index < 0) {
                unrecognised.add(i);
            } else if (positions[index] >= 0) {
                duplicates.add(i);
            } else {
                positions[index] = i;
            }
        }
        return new Match(table, positions, unrecognised, duplicates);
    }

    private static int indexOf(Ssda903Table table, String header) {
        List<Ssda903Table.Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().header().equals(header)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * How a header row maps onto a table.
     *
     * @param positions    for each table column, the header position holding it, or -1
     * @param unrecognised header positions naming no column of the table
     * @param duplicates   header positions naming a column already matched
     */
    record Match(Ssda903Table table, int[] positions, List<Integer> unrecognised, List<Integer> duplicates) {

        List<Ssda903Field> missing() {
            List<Ssda903Field> missing = new ArrayList<>();
            for (int i = 0; i < positions.length; i++) {
                if (positions[i] < 0) {
                    missing.add(table.columns().get(i).field());
                }
            }
            return missing;
        }
    }
}
