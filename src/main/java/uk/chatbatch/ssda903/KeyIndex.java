package uk.chatbatch.ssda903;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.model.table.CollectionYear;

/**
 * The keys already sent on for one table, with the collection year each came from, so a row can
 * be told apart as new, superseded by a later year, or a duplicate within its own year. Years are
 * read latest first, so a key seen before belongs to the same or a later year. Memory grows with
 * the number of records (children, episodes), not with the size of the files.
 */
final class KeyIndex {

    /** What a row's key turned out to be. */
    sealed interface Claim permits First, Superseded, Duplicate {
    }

    record First() implements Claim {
    }

    record Superseded(CollectionYear by) implements Claim {
    }

    record Duplicate() implements Claim {
    }

    private static final int UNKNOWN_YEAR = Integer.MIN_VALUE;
    private static final Claim FIRST = new First();
    private static final Claim DUPLICATE = new Duplicate();

    private final Map<String, Integer> seen = new HashMap<>();

    Claim claim(String key, Optional<CollectionYear> year) {
        int start = year.map(CollectionYear::startYear).orElse(UNKNOWN_YEAR);
        Integer earlier = seen.putIfAbsent(key, start);
        if (earlier == null) {
            return FIRST;
        }
        if (earlier == start) {
            return DUPLICATE;
        }
        if (earlier > start) {
            return new Superseded(new CollectionYear(earlier));
        }
        throw new IllegalStateException("collection years must be read latest first");
    }
}
