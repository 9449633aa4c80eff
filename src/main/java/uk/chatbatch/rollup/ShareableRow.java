package uk.chatbatch.rollup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.model.LaPeriod;

/**
 * One row of a shareable indicators partition, holding only the columns a roll-up reads (the row-object path's
 * unit of work; the Arrow path reads the same columns, {@link #COLUMNS}, into vectors). Its LA and period, the
 * columns {@code la_code} and {@code period_end}, are its partition's, which {@link #requireInPartition} checks.
 */
public record ShareableRow(LaPeriod key, String indicatorId, String indicatorTitle,
                           String breakdown, String breakdownValue, Double value, String unit, String polarity,
                           String status, String settings, Double englandValue, String englandYear,
                           String catalogueVersion, Boolean suppressed, String suppressionReason) {

    /** The shareable indicators columns a roll-up reads, in this record's order ({@code la_code} and {@code period_end} its key). */
    public static final List<String> COLUMNS = List.of("la_code", "period_end", "indicator_id", "indicator_title",
            "breakdown", "breakdown_value", "value", "unit", "polarity", "status", "settings", "england_value",
            "england_year", "catalogue_version", "suppressed", "suppression_reason");

    /** Columns that name the row's LA, period and cell: never empty in a dataset the product wrote. */
    public static final Set<String> KEY_COLUMNS = Set.of("la_code", "period_end", "indicator_id", "breakdown",
            "breakdown_value");

    private static final String COMPUTED = IndicatorStatus.COMPUTED.column();

    /** Whether its figure can enter the group's statistics: shown (not suppressed), computed, with a value. */
    public boolean usable() {
        return !Boolean.TRUE.equals(suppressed) && COMPUTED.equals(status) && value != null && !value.isNaN();
    }

    /** @throws RollupInputException when the file lacks a column a roll-up reads */
    public static void requireColumns(Set<String> present, Path file) {
        for (String column : COLUMNS) {
            if (!present.contains(column)) {
                throw new RollupInputException(file + ": has no column " + column + ", so it is not a shareable"
                        + " indicators dataset written by this product; remove it or rerun that LA.");
            }
        }
    }

    /** @throws RollupInputException when a key column is empty or the row's LA or period is not its folder's */
    public static void requireInPartition(IndicatorPartition partition, Path file, long row, String laCode,
                                          LocalDate periodEnd, String emptyKeyColumn) {
        if (emptyKeyColumn != null) {
            throw new RollupInputException(file + ": row " + row + " has no " + emptyKeyColumn
                    + "; the dataset is damaged, so rerun that LA.");
        }
        LaPeriod folder = partition.key();
        if (!laCode.equals(folder.laCode()) || !periodEnd.equals(folder.periodEnd())) {
            throw new RollupInputException(file + ": row " + row + " is for LA " + laCode + ", period ending "
                    + periodEnd + ", but sits in " + folder.laPartition() + "/" + folder.periodPartition()
                    + "; move the file to its own folder.");
        }
    }
}
