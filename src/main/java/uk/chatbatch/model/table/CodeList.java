package uk.chatbatch.model.table;

import java.util.List;
import java.util.Optional;

/**
 * A source's list of codes for one field, with the collection years each code is valid in carried as data
 * (SSDA903's SW_REASON codes from 2023-24, the CIN census's 18A up to the 2019-20 census). How a value as
 * written is matched to a code is the source's to say; every list answers these questions the same way.
 */
public interface CodeList {

    /** The list's name: SEX, PLACEMENT_TYPE, ASSESSMENT_FACTOR. */
    String name();

    /** Every code of the list, as stored, in the list's order. */
    List<String> storedCodes();

    /** The years a code is valid in, or empty when it is not a code of the list. */
    Optional<YearRange> validity(String code);

    /** Whether a stored code is a code of the list in a collection year. */
    default boolean validIn(String code, CollectionYear year) {
        return validity(code).map(range -> range.contains(year)).orElse(false);
    }
}
