package uk.chatbatch.disclosure;

import java.util.OptionalLong;

/**
 * One figure the small-number rule judges: a whole population or one group of a breakdown.
 *
 * @param group what the figure is of, e.g. "female" or "all", for messages
 * @param count the children or records it counts (a count itself, or a percentage's numerator)
 * @param base  what it is out of, when that is itself a number of the LA's children or records (a
 *              percentage's denominator); empty for a count, and for a base that identifies no one (a rate's
 *              population estimate)
 */
public record Cell(String group, long count, OptionalLong base) {

    public static Cell count(String group, long count) {
        return new Cell(group, count, OptionalLong.empty());
    }

    public static Cell outOf(String group, long count, long base) {
        return new Cell(group, count, OptionalLong.of(base));
    }
}
