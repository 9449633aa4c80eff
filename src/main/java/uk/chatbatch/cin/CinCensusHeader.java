package uk.chatbatch.cin;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import uk.chatbatch.model.table.CollectionYear;

/**
 * What a file's {@code <Header>} says, and the census year read from it.
 *
 * <p>The census year is the year in which the census period ends (1 April Y-1 to 31 March Y). It is
 * taken from {@code ReferenceDate} (31 March Y; another date counts for the census period it falls
 * in), and only when that is absent or unusable from {@code Year}, as the DfE validator does: the two
 * disagree in some files (the validator's own 2024 fixture has Year 2023 and ReferenceDate
 * 2024-03-31), and then the reader says so.
 *
 * @param collection    the {@code Collection} element, "CIN" in a census
 * @param year          the {@code Year} element
 * @param referenceDate the {@code ReferenceDate} element
 * @param laCode        the {@code Source/LEA} element: the DfE code of the LA, e.g. 201
 * @param censusYear    the census year, when the header gives one
 */
public record CinCensusHeader(String file, Optional<String> collection, OptionalInt year,
                              Optional<LocalDate> referenceDate, Optional<String> laCode, OptionalInt censusYear) {

    /** "2024-25" for census year 2025. */
    public static String label(int censusYear) {
        return (censusYear - 1) + "-" + String.format("%02d", censusYear % 100);
    }

    /** The census year of the period a date falls in: 31 March 2024 is 2024, 1 April 2024 is 2025. */
    public static int censusYearOf(LocalDate date) {
        return date.getMonthValue() <= 3 ? date.getYear() : date.getYear() + 1;
    }

    /**
     * The census's collection year (the census of year N is the collection year ending in N), when the header
     * gives a plausible one.
     */
    public Optional<CollectionYear> collectionYear() {
        if (censusYear.isEmpty() || censusYear.getAsInt() <= 1990 || censusYear.getAsInt() > 2099) {
            return Optional.empty();
        }
        return Optional.of(CollectionYear.endingIn(censusYear.getAsInt()));
    }

    /** "2023-24", or "unknown". */
    public String censusYearLabel() {
        return censusYear.isPresent() ? label(censusYear.getAsInt()) : "unknown";
    }

    /** 1 April of the census period, when the census year is known. */
    public Optional<LocalDate> periodStart() {
        return censusYear.isPresent() ? Optional.of(LocalDate.of(censusYear.getAsInt() - 1, 4, 1)) : Optional.empty();
    }

    /** 31 March that ends the census period, when the census year is known. */
    public Optional<LocalDate> periodEnd() {
        return censusYear.isPresent() ? Optional.of(LocalDate.of(censusYear.getAsInt(), 3, 31)) : Optional.empty();
    }
}
