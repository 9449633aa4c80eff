package uk.chatbatch.ssda903;

import uk.chatbatch.model.table.CollectionYear;

import java.util.Objects;
import java.util.Optional;

/**
 * The accounting for one table read from one file: rows read = rows clean + rows quarantined.
 * Of the clean rows, rows superseded were replaced by the same record in a later collection year
 * and not sent on as clean; {@link #rowsKept()} were. Blank lines are not rows.
 *
 * @param file           the file, as in issues
 * @param collectionYear the file's collection year, if known
 * @param yearBasis      how the year was decided ("file name '2017-episodes.csv'", "option", ...)
 * @param status         {@link #READ}, or why the file was not read
 */
public record Ssda903TableSummary(String file, Ssda903Table table, Optional<CollectionYear> collectionYear,
                                  String yearBasis, long rowsRead, long rowsClean, long rowsQuarantined,
                                  long rowsSuperseded, long issues, String status) {

    public static final String READ = "read";

    public Ssda903TableSummary {
        Objects.requireNonNull(collectionYear, "collectionYear");
        if (rowsRead != rowsClean + rowsQuarantined) {
            throw new IllegalStateException("accounting broken for " + file + " " + table.title() + ": read "
                    + rowsRead + " != clean " + rowsClean + " + quarantined " + rowsQuarantined);
        }
        if (rowsSuperseded > rowsClean) {
            throw new IllegalStateException("accounting broken for " + file + " " + table.title() + ": superseded "
                    + rowsSuperseded + " > clean " + rowsClean);
        }
    }

    /** Clean rows sent on: not superseded by a later year. */
    public long rowsKept() {
        return rowsClean - rowsSuperseded;
    }

    public boolean wasRead() {
        return READ.equals(status);
    }
}
