package uk.chatbatch.model.table;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SSDA903 collection year, 1 April to 31 March, named as DfE names it: "2024-25" is
 * 1 April 2024 to 31 March 2025. Held as its start year, so there is no doubt which year is meant.
 */
public record CollectionYear(int startYear) implements Comparable<CollectionYear> {

    private static final Pattern LABEL = Pattern.compile("^(\\d{4})[-/_](\\d{2}|\\d{4})$");

    public CollectionYear {
        if (startYear < 1990 || startYear > 2098) {
            throw new IllegalArgumentException("collection year starting " + startYear + " is not plausible");
        }
    }

    /** The collection that starts on 1 April of this year. */
    public static CollectionYear startingIn(int year) {
        return new CollectionYear(year);
    }

    /** The collection that ends on 31 March of this year. */
    public static CollectionYear endingIn(int year) {
        return new CollectionYear(year - 1);
    }

    /** Parses "2017-18" (also "2017/18", "2017_18", "2017-2018"). */
    public static CollectionYear parse(String label) {
        Matcher m = LABEL.matcher(label.strip());
        if (m.matches()) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            if (end == start + 1 || end == (start + 1) % 100) {
                return new CollectionYear(start);
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a collection year such as 2017-18");
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public int endYear() {
        return startYear + 1;
    }

    /** "2017-18". */
    public String label() {
        int end = (startYear + 1) % 100;
        return startYear + (end < 10 ? "-0" : "-") + end;
    }

    @Override
    public int compareTo(CollectionYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
