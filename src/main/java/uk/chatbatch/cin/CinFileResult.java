package uk.chatbatch.cin;

import java.util.List;
import java.util.OptionalInt;
import uk.chatbatch.model.table.TableSummary;

/**
 * What reading one CIN census file found.
 *
 * @param children   the {@code <Child>} elements read
 * @param tables     one summary per table, in {@link CinTable} order, including tables with no rows
 * @param fileIssues issues about the file as a whole (header, elements not read), not counted in any table
 */
public record CinFileResult(String file, CinCensusHeader header, long children, List<TableSummary<CinTable>> tables,
                            long fileIssues) {

    public CinFileResult {
        tables = List.copyOf(tables);
    }

    public OptionalInt censusYear() {
        return header.censusYear();
    }

    public TableSummary<CinTable> table(CinTable table) {
        return tables.stream().filter(t -> t.table() == table).findFirst().orElseThrow();
    }

    /** Every issue of the file: the tables' and the file's own. */
    public long issues() {
        return fileIssues + tables.stream().mapToLong(TableSummary::issues).sum();
    }
}
