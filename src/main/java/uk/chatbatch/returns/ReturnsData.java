package uk.chatbatch.returns;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * The kept rows of the two statutory returns for one run: SSDA903 tables (each record once, the latest
 * collection year's version) and CIN census tables, and whether each return was supplied at all.
 */
public final class ReturnsData {

    private final boolean ssda903Supplied;
    private final boolean cinSupplied;
    private final Map<Ssda903Table, List<TableRecord>> ssda903;
    private final Map<CinTable, List<TableRecord>> cin;

    public ReturnsData(boolean ssda903Supplied, Map<Ssda903Table, List<TableRecord>> ssda903, boolean cinSupplied,
                       Map<CinTable, List<TableRecord>> cin) {
        this.ssda903Supplied = ssda903Supplied;
        this.cinSupplied = cinSupplied;
        Map<Ssda903Table, List<TableRecord>> tables903 = new EnumMap<>(Ssda903Table.class);
        ssda903.forEach((table, rows) -> tables903.put(table, List.copyOf(rows)));
        Map<CinTable, List<TableRecord>> tablesCin = new EnumMap<>(CinTable.class);
        cin.forEach((table, rows) -> tablesCin.put(table, List.copyOf(rows)));
        this.ssda903 = Collections.unmodifiableMap(tables903);
        this.cin = Collections.unmodifiableMap(tablesCin);
    }

    public static ReturnsData none() {
        return new ReturnsData(false, Map.of(), false, Map.of());
    }

    public boolean ssda903Supplied() {
        return ssda903Supplied;
    }

    public boolean cinSupplied() {
        return cinSupplied;
    }

    /** The table's kept rows; empty when the table or the return was not supplied. */
    public List<TableRecord> ssda903(Ssda903Table table) {
        return ssda903.getOrDefault(table, List.of());
    }

    public List<TableRecord> cin(CinTable table) {
        return cin.getOrDefault(table, List.of());
    }
}
