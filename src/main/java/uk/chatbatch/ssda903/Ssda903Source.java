package uk.chatbatch.ssda903;

import uk.chatbatch.model.table.CollectionYear;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a row came from.
 *
 * @param file           the file's path below the folder read ("2017/episodes.csv"), or its name
 * @param row            the CSV line as a spreadsheet numbers it (header = 1), or the line of the
 *                       XML element the row was read from
 * @param collectionYear the file's collection year, empty when no name or option gave one
 */
public record Ssda903Source(String file, int row, Optional<CollectionYear> collectionYear) {

    public Ssda903Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(collectionYear, "collectionYear");
    }

    @Override
    public String toString() {
        return file + " row " + row + collectionYear.map(y -> " (" + y.label() + ")").orElse("");
    }
}
