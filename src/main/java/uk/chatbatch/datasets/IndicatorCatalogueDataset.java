package uk.chatbatch.datasets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * The indicator catalogue as a table: one row per indicator, saying what it means, so a reader of the lake finds an
 * indicator's definition beside its figures (join on {@code indicator_id}). The same columns, without the run's
 * {@code la_code} and {@code period_end}, are the catalogue CSV ({@code indicators --csv}).
 *
 * <p>{@code settings} are the run's values of the [decision] settings the indicator uses, each with its default, as
 * the indicators dataset writes them ({@link IndicatorSettings#describe}); the CSV gives the defaults. {@code
 * twin_id} is the same measure from the other source: the id with {@code -903} or {@code -CIN} added or taken off,
 * the pairing the reconciliation makes.
 */
public final class IndicatorCatalogueDataset {

    public static final String NAME = "indicator_catalogue";

    /** The catalogue's own columns, in order: the CSV's header. */
    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef("indicator_id", ColumnType.STRING),
            new ColumnDef("title", ColumnType.STRING),
            new ColumnDef("theme", ColumnType.STRING),
            new ColumnDef("unit", ColumnType.STRING),
            new ColumnDef("polarity", ColumnType.STRING),
            new ColumnDef("definition", ColumnType.STRING),
            new ColumnDef("numerator", ColumnType.STRING),
            new ColumnDef("denominator", ColumnType.STRING),
            new ColumnDef("window", ColumnType.STRING),
            new ColumnDef("population", ColumnType.STRING),
            new ColumnDef("source_lists", ColumnType.STRING),
            new ColumnDef("source_fields", ColumnType.STRING),
            new ColumnDef("breakdowns", ColumnType.STRING),
            new ColumnDef("settings", ColumnType.STRING),
            new ColumnDef("chart", ColumnType.STRING),
            new ColumnDef("headline", ColumnType.BOOLEAN),
            new ColumnDef("twin_id", ColumnType.STRING),
            new ColumnDef("valid_from", ColumnType.STRING),
            new ColumnDef("valid_to", ColumnType.STRING),
            new ColumnDef("catalogue_version", ColumnType.STRING));

    public static final TableSchema SCHEMA = new TableSchema(NAME, withRunColumns());

    private IndicatorCatalogueDataset() {
    }

    /** One row per indicator, in catalogue order, for the run's LA and period and with the run's settings. */
    public static List<Object[]> toRows(List<IndicatorMetadata> catalogue, IndicatorSettings settings, String laCode,
                                        LocalDate periodEnd) {
        List<Object[]> rows = new ArrayList<>();
        for (IndicatorMetadata m : catalogue) {
            Object[] values = values(m, settings);
            Object[] row = new Object[2 + values.length];
            row[0] = laCode;
            row[1] = periodEnd;
            System.arraycopy(values, 0, row, 2, values.length);
            rows.add(row);
        }
        return rows;
    }

    /** The {@link #COLUMNS} of one indicator: text, {@code headline} a Boolean, and null where there is nothing to say. */
    public static Object[] values(IndicatorMetadata m, IndicatorSettings settings) {
        return new Object[] {m.id(), m.title(), IndicatorCatalogue.theme(m.id()), m.unit().label(), m.polarity().column(),
                m.definition(), m.numerator(), orNull(m.denominator()), m.window(), m.population().label(),
                m.sourceListsLabel(), orNull(m.sourceFieldsLabel()), orNull(String.join("; ", m.breakdowns())),
                orNull(settings.describe(m.settings())), m.chart().name(), m.headline(), orNull(m.twin()),
                orNull(m.since()), orNull(m.until()), IndicatorsDataset.CATALOGUE_VERSION};
    }

    private static List<ColumnDef> withRunColumns() {
        List<ColumnDef> columns = new ArrayList<>(List.of(new ColumnDef("la_code", ColumnType.STRING),
                new ColumnDef("period_end", ColumnType.DATE)));
        columns.addAll(COLUMNS);
        return columns;
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
