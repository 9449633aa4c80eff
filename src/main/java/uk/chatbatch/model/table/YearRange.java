package uk.chatbatch.model.table;

import java.util.Optional;

/**
 * The collection years in which something is valid, by start year, both ends inclusive; an empty
 * end is open. {@code YearRange.from(2024)} is 2024-25 onwards.
 */
public record YearRange(Optional<Integer> firstStartYear, Optional<Integer> lastStartYear) {

    public static final YearRange ALWAYS = new YearRange(Optional.empty(), Optional.empty());

    public static YearRange from(int firstStartYear) {
        return new YearRange(Optional.of(firstStartYear), Optional.empty());
    }

    public static YearRange until(int lastStartYear) {
        return new YearRange(Optional.empty(), Optional.of(lastStartYear));
    }

    public boolean contains(CollectionYear year) {
        return firstStartYear.map(first -> year.startYear() >= first).orElse(true)
                && lastStartYear.map(last -> year.startYear() <= last).orElse(true);
    }

    /** "from 2024-25", "up to 2023-24", "2019-20 to 2024-25", "in every year". */
    public String describe() {
        if (firstStartYear.isPresent() && lastStartYear.isPresent()) {
            return new CollectionYear(firstStartYear.get()).label() + " to "
                    + new CollectionYear(lastStartYear.get()).label();
        }
        if (firstStartYear.isPresent()) {
            return "from " + new CollectionYear(firstStartYear.get()).label();
        }
        if (lastStartYear.isPresent()) {
            return "up to " + new CollectionYear(lastStartYear.get()).label();
        }
        return "in every year";
    }
}
