package uk.chatbatch.cin;

import java.util.OptionalInt;

/**
 * Where a record came from.
 *
 * @param file       the file name
 * @param censusYear the census (end) year the file's header gives, when it gives one
 * @param line       the XML line of the record's element
 * @param location   the record's place among the children, "child 3, CINdetails 2, Assessments 1":
 *                   positions, never identifiers, so it can be shown anywhere
 */
public record CinSource(String file, OptionalInt censusYear, int line, String location) {

    @Override
    public String toString() {
        return file + ", line " + line + " (" + location + ")";
    }
}
