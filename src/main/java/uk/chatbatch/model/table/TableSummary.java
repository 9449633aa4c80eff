package uk.chatbatch.model.table;

import java.util.Objects;
import java.util.Optional;

/**
 * The accounting for one table read from one file: rows read = rows clean + rows quarantined. Of the clean
 * rows, rows superseded were replaced by the same record in a later collection year and not sent on as clean;
 * {@link #rowsKept()} were. Blank lines are not rows.
 *
 * @param <T>            the source's table type
 * @param file           the file, as in issues
 * @param collectionYear the file's collection year, if known
 * @param yearBasis      how the year was decided ("file name '2017-episodes.csv'", "census header", ...)
 * @param issues         the issues found in the table's rows (an issue belongs to the row it was found in)
 * @param status         {@link #READ}, or why the file was not read
 */
public record TableSummary<T extends SourceTable>(String file, T table, Optional<CollectionYear> collectionYear,
                           String yearBasis, long rowsRead, long rowsClean, long rowsQuarantined,
                           long rowsSuperseded, long issues, String status) {

    public static final String READ = "read";

    public TableSummary {
        Objects.requireNonNull(collectionYear, "collectionYear");
        if (rowsRead != rowsClean + rowsQuarantined) {
            throw new IllegalStateException("accounting broken for " + file + " " + table.label() + ": read "
                    + rowsRead + " != clean " + rowsClean + " + quarantined " + rowsQuarantined);
        }
        if (rowsSuperseded > rowsClean) {
            throw new IllegalStateException("accounting broken for " + file + " " + table.label() + ": superseded "
                    + rowsSuperseded + " > clean " + rowsClean);
        }
    }

    /** A table read in full, none of whose rows another year replaced. */
    public static <T extends SourceTable> TableSummary<T> read(String file, T table, Optional<CollectionYear> collectionYear,
                                    String yearBasis, long rowsRead, long rowsClean, long rowsQuarantined,
                                    long issues) {
        return new TableSummary<>(file, table, collectionYear, yearBasis, rowsRead, rowsClean, rowsQuarantined, 0,
                issues, READ);
    }

    /** Clean rows sent on: not superseded by a later year. */
    public long rowsKept() {
        return rowsClean - rowsSuperseded;
    }

    public boolean wasRead() {
        return READ.equals(status);
    }
}
