package uk.chatbatch.datasets;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.model.ColumnType;
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
            ColumnDef.key("indicator_id", ColumnType.STRING,
                    "The indicator's id in the catalogue (e.g. REF-02); joins to indicators.indicator_id"),
            ColumnDef.of("title", ColumnType.STRING,
                    "The indicator's title as the reports print it"),
            ColumnDef.of("theme", ColumnType.STRING,
                    "The catalogue section the indicator belongs to (Contacts, Referrals, ..., Data quality, Workforce)"),
            ColumnDef.of("unit", ColumnType.STRING,
                    "What value measures: count, percent, per 10,000 children or days"),
            ColumnDef.of("polarity", ColumnType.STRING,
                    "Whether a higher value is better, worse, or neither"),
            ColumnDef.of("definition", ColumnType.STRING,
                    "The definition in words, with every definitional choice the product made"),
            ColumnDef.of("numerator", ColumnType.STRING,
                    "What the numerator counts"),
            ColumnDef.of("denominator", ColumnType.STRING,
                    "What the denominator counts; empty for counts"),
            ColumnDef.of("window", ColumnType.STRING,
                    "The time the indicator looks at, e.g. the 6 months to the period end"),
            ColumnDef.of("population", ColumnType.STRING,
                    "Whose records the indicator is computed over"),
            ColumnDef.of("source_lists", ColumnType.STRING,
                    "The Annex A lists or return tables the indicator reads"),
            ColumnDef.of("source_fields", ColumnType.STRING,
                    "The fields of those lists or tables it reads"),
            ColumnDef.of("breakdowns", ColumnType.STRING,
                    "The breakdowns the indicator is given by, separated by semicolons"),
            ColumnDef.of("settings", ColumnType.STRING,
                    "The [decision] settings it uses, with the run's value and the default"),
            ColumnDef.of("chart", ColumnType.STRING,
                    "The kind of chart or table the report draws for it"),
            ColumnDef.of("headline", ColumnType.BOOLEAN,
                    "True for the 12 to 16 headline measures of the leaders' report's summary page"),
            ColumnDef.of("twin_id", ColumnType.STRING,
                    "The same measure from the other source (the id with -903 or -CIN added or taken off); empty when none"),
            ColumnDef.of("valid_from", ColumnType.STRING,
                    "The first collection year the definition applies to; empty when always"),
            ColumnDef.of("valid_to", ColumnType.STRING,
                    "The last collection year the definition applies to; empty when still in force"),
            ColumnDef.of("catalogue_version", ColumnType.STRING,
                    "The version of the indicator catalogue these definitions are from"));

    public static final TableSchema SCHEMA = new TableSchema(NAME, withRunColumns());

    private IndicatorCatalogueDataset() {
    }

    /** One row per indicator, in catalogue order, for the run's LA and period and with the run's settings. */
    public static List<Object[]> toRows(List<IndicatorMetadata> catalogue, IndicatorSettings settings,
                                        LaPeriod key) {
        List<Object[]> rows = new ArrayList<>();
        for (IndicatorMetadata m : catalogue) {
            Object[] values = values(m, settings);
            Object[] row = new Object[2 + values.length];
            row[0] = key.laCode();
            row[1] = key.periodEnd();
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
        List<ColumnDef> columns = new ArrayList<>(List.of(CommonColumns.LA_CODE, CommonColumns.PERIOD_END));
        columns.addAll(COLUMNS);
        return columns;
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
