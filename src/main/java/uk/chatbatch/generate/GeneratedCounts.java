package uk.chatbatch.generate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.chatbatch.annexa.AnnexAList;

/**
 * What the generator wrote, so a reader's accounting can be checked against it.
 *
 * @param file the workbook
 * @param sheetNames the sheet each list was written to
 * @param dataRows rows below the header that carry at least one value, per list (padding rows excluded)
 * @param unusableRows of those, rows deliberately written with a blank identifier or a blank event date:
 *        a reader must quarantine them
 * @param invalidCells cells deliberately written with a value that cannot be accepted (impossible or
 *        non-date text in a date column, an unknown code, a negative count); never in an identifier or
 *        event-date column, so each should become an issue, not a quarantined row
 * @param paddingRows formatted rows with no values after the last data row of List 1
 * @param planted every defect written on purpose, cell by cell, with the issue it should raise: on a tidy
 *        workbook none, so a reader should raise no issue at all; kept in memory, never in the workbook
 */
public record GeneratedCounts(Path file, Map<AnnexAList, String> sheetNames, Map<AnnexAList, Integer> dataRows,
        Map<AnnexAList, Integer> unusableRows, Map<AnnexAList, Integer> invalidCells, int paddingRows,
        List<PlantedDefect> planted) {

    public GeneratedCounts {
        Objects.requireNonNull(file, "file");
        sheetNames = complete(sheetNames, "sheetNames");
        dataRows = complete(dataRows, "dataRows");
        unusableRows = complete(unusableRows, "unusableRows");
        invalidCells = complete(invalidCells, "invalidCells");
        planted = List.copyOf(planted);
    }

    /** The counts, with the planted defects as a number: the list is for tests, not for a console. */
    @Override
    public String toString() {
        return "GeneratedCounts[file=" + file + ", sheetNames=" + sheetNames + ", dataRows=" + dataRows
                + ", unusableRows=" + unusableRows + ", invalidCells=" + invalidCells + ", paddingRows=" + paddingRows
                + ", planted=" + planted.size() + " defects]";
    }

    public String sheetName(AnnexAList list) {
        return sheetNames.get(list);
    }

    public int dataRows(AnnexAList list) {
        return dataRows.get(list);
    }

    public int unusableRows(AnnexAList list) {
        return unusableRows.get(list);
    }

    /** Rows a reader should pass as clean (possibly with issues on other cells). */
    public int usableRows(AnnexAList list) {
        return dataRows(list) - unusableRows(list);
    }

    public int invalidCells(AnnexAList list) {
        return invalidCells.get(list);
    }

    public int totalDataRows() {
        return dataRows.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalUnusableRows() {
        return unusableRows.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static <V> Map<AnnexAList, V> complete(Map<AnnexAList, V> map, String name) {
        Objects.requireNonNull(map, name);
        EnumMap<AnnexAList, V> copy = new EnumMap<>(AnnexAList.class);
        copy.putAll(map);
        for (AnnexAList list : AnnexAList.values()) {
            if (copy.get(list) == null) {
                throw new IllegalArgumentException(name + " has no value for " + list.label());
            }
        }
        return Collections.unmodifiableMap(copy);
    }
}
