package uk.chatbatch.cin;

import java.util.OptionalInt;

/**
 * The accounting for one table of one file: rows read = rows clean + rows quarantined.
 *
 * @param issues the issues found in the table's records (an issue belongs to the record it was found in)
 */
public record CinTableSummary(String file, OptionalInt censusYear, CinTable table, long rowsRead, long rowsClean,
                              long rowsQuarantined, long issues) {

    public CinTableSummary {
        if (rowsRead != rowsClean + rowsQuarantined) {
            throw new IllegalStateException("accounting broken for " + file + " " + table.label() + ": read "
                    + rowsRead + " != clean " + rowsClean + " + quarantined " + rowsQuarantined);
        }
    }
}
