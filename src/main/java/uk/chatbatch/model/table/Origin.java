package uk.chatbatch.model.table;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a record came from.
 *
 * @param file           the file's name, or its path below the folder read ("2017/episodes.csv")
 * @param row            the sheet's or CSV file's row as a spreadsheet numbers it (header = 1), or the XML line of
 *                       the record's element
 * @param collectionYear the file's collection year, empty when no name, option or header gave one
 * @param location       the record's place within the file where a line alone does not say it: an Annex A
 *                       row's sheet ("Contacts", or the CSV file's name), a CIN census record's position ("child 3,
 *                       CINdetails 2": positions, never identifiers), or ""
 */
public record Origin(String file, int row, Optional<CollectionYear> collectionYear, String location) {

    public Origin {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(collectionYear, "collectionYear");
        Objects.requireNonNull(location, "location");
    }

    /**
     * A row of a workbook's sheet, or of a CSV file standing for one (Annex A): the sheet is its location, and the
     * file names no collection year.
     */
    public static Origin inSheet(String file, String sheet, int row) {
        return new Origin(file, row, Optional.empty(), sheet);
    }

    /** A row placed by its file, row and year alone. */
    public Origin(String file, int row, Optional<CollectionYear> collectionYear) {
        this(file, row, collectionYear, "");
    }

    /** Its place as quarantine shows it: the location, else the collection year, else "". */
    public String place() {
        return !location.isEmpty() ? location : collectionYear.map(CollectionYear::label).orElse("");
    }

    @Override
    public String toString() {
        return file + " row " + row + (place().isEmpty() ? "" : " (" + place() + ")");
    }
}
