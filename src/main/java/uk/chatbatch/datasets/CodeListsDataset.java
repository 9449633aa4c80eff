package uk.chatbatch.datasets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.model.table.AnnexACodeList;
import uk.chatbatch.cin.CinCensusHeader;
import uk.chatbatch.cin.CinCodeList;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.CodeLabels;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.PlacementGroups;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.TableSchema;
import uk.chatbatch.ssda903.Ssda903CodeList;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * Every code a dataset column or an indicator breakdown can hold, with its label, so a reader of the lake can show
 * "Police" for contact source 6 by a join on ({@code list_or_table}, {@code field}, {@code code}). Nothing here is
 * a second copy: the rows are read from the product's own code lists ({@link AnnexACodeList}, {@link Ssda903CodeList},
 * {@link CinCodeList}), through the fields each list's or table's columns declare, and, for the indicators
 * dataset, from the breakdowns whose names tie them to a list ({@link CodeLabels}, which the report labels by).
 *
 * <p>{@code list_or_table} is the dataset the code appears in ({@code annex_a_contacts}, {@code ssda903_episodes},
 * {@code cin_episode}, or {@code indicators}, whose {@code field} is the breakdown name and whose codes are
 * {@code breakdown_value}s). {@code valid_from} and {@code valid_to} are the first and last collection years in
 * which the code is valid ("2024-25"; a CIN census year ending 31 March 2025 is 2024-25), empty when the reference
 * notes give no limit: Annex A's lists carry no years. {@code code_group} is the placement group (CLA-06) of a
 * placement type.
 */
public final class CodeListsDataset {

    public static final String NAME = "code_lists";
    public static final String ANNEX_A = CodeLabels.Input.ANNEX_A.label();
    public static final String SSDA903 = CodeLabels.Input.SSDA903.label();
    public static final String CIN_CENSUS = CodeLabels.Input.CIN_CENSUS.label();
    /** The {@code list_or_table} of an indicator breakdown's codes: the indicators dataset. */
    public static final String INDICATORS = IndicatorsDataset.NAME;

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            CommonColumns.LA_CODE,
            CommonColumns.PERIOD_END,
            ColumnDef.key("source", ColumnType.STRING,
                    "The input the code belongs to: annex_a, ssda903, cin_census, or indicators for a breakdown's values"),
            ColumnDef.key("list_or_table", ColumnType.STRING,
                    "The Annex A list, SSDA903 table or CIN table (or the indicators' breakdown) the field is in"),
            ColumnDef.key("field", ColumnType.STRING,
                    "The field (column) the code appears in, as the dataset names it"),
            ColumnDef.of("code_list", ColumnType.STRING,
                    "The name of the code list"),
            ColumnDef.key("code", ColumnType.STRING,
                    "The code as the datasets store it (e.g. 6, E4A, N1)"),
            ColumnDef.of("label", ColumnType.STRING,
                    "What the code means, in the words of the reference code list (e.g. Police)"),
            ColumnDef.of("code_group", ColumnType.STRING,
                    "The group the code belongs to where the product groups codes (a placement type's placement group)"),
            ColumnDef.of("valid_from", ColumnType.STRING,
                    "The first collection year the code is valid in (e.g. 2024-25); empty when always"),
            ColumnDef.of("valid_to", ColumnType.STRING,
                    "The last collection year the code is valid in; empty when still valid"),
            ColumnDef.of("note", ColumnType.STRING,
                    "A condition on the code's use, where the code list gives one")));

    /**
     * One code of one column.
     *
     * @param codeList  the list's name in lower case, e.g. {@code source}, {@code reason_episode_ceased}
     * @param codeGroup the placement group of a placement type, else null
     * @param validFrom the first collection year it is valid, or null
     * @param validTo   the last collection year it is valid, or null
     * @param note      a limit the years do not say (P2: not for episodes starting on or after 28 October 2023)
     */
    public record Entry(String source, String listOrTable, String field, String codeList, String code, String label,
                        String codeGroup, String validFrom, String validTo, String note) {
    }

    private CodeListsDataset() {
    }

    public static List<Object[]> toRows(List<IndicatorMetadata> catalogue, LaPeriod key) {
        List<Object[]> rows = new ArrayList<>();
        for (Entry e : entries(catalogue)) {
            rows.add(new Object[] {key.laCode(), key.periodEnd(), e.source(), e.listOrTable(), e.field(), e.codeList(), e.code(),
                    e.label(), e.codeGroup(), e.validFrom(), e.validTo(), e.note()});
        }
        return rows;
    }

    /** Annex A's lists, then SSDA903's tables, then the CIN census's, then the indicators' breakdowns. */
    public static List<Entry> entries(List<IndicatorMetadata> catalogue) {
        List<Entry> entries = new ArrayList<>();
        for (AnnexAList list : AnnexAList.values()) {
            for (AnnexAList.Column column : list.columns()) {
                AnnexACodeList codes = column.field().codeList().orElse(null);
                if (codes == null) {
                    continue;
                }
                for (AnnexACodeList.Entry code : codes.entries()) {
                    entries.add(new Entry(ANNEX_A, list.dataset(), column.field().column(), name(codes), code.code(),
                            code.label(), group(codes == AnnexACodeList.PLACEMENT_TYPE, code.code()), null, null, null));
                }
            }
        }
        for (Ssda903Table table : Ssda903Table.values()) {
            for (Ssda903Table.Column column : table.columns()) {
                Optional<Ssda903CodeList> codes = column.field().codeList();
                if (codes.isEmpty()) {
                    continue;
                }
                for (Ssda903CodeList.Code code : codes.get().codes()) {
                    entries.add(new Entry(SSDA903, table.dataset(), column.field().column(), name(codes.get()),
                            code.code(), code.label(), group(codes.get() == Ssda903CodeList.PLACEMENT_TYPE, code.code()),
                            code.valid().firstStartYear().map(CodeListsDataset::year).orElse(null),
                            code.valid().lastStartYear().map(CodeListsDataset::year).orElse(null),
                            code.withdrawnForEventsFrom().map(d -> "not for episodes starting on or after " + d)
                                    .orElse(null)));
                }
            }
        }
        for (CinTable table : CinTable.values()) {
            for (CinTable.Column column : table.columns()) {
                CinCodeList codes = column.field().codeList().orElse(null);
                if (codes == null || column.inherited()) {
                    continue;
                }
                for (CinCodeList.Entry code : codes.entries()) {
                    entries.add(new Entry(CIN_CENSUS, table.dataset(), column.field().column(), name(codes), code.code(),
                            code.label(), null, censusYear(code.firstCensusYear()), censusYear(code.lastCensusYear()), null));
                }
            }
        }
        Set<String> breakdowns = new LinkedHashSet<>();
        catalogue.forEach(m -> breakdowns.addAll(m.breakdowns()));
        for (String breakdown : breakdowns) {
            for (CodeLabels.BreakdownCode code : CodeLabels.codesOf(breakdown)) {
                boolean placement = code.codeList().equals(AnnexACodeList.PLACEMENT_TYPE.name());
                entries.add(new Entry(code.input().label(), INDICATORS, breakdown,
                        code.codeList().toLowerCase(Locale.ROOT), code.code(), code.label(),
                        group(placement, code.code()), null, null, null));
            }
        }
        return entries;
    }

    private static String name(Enum<?> list) {
        return list.name().toLowerCase(Locale.ROOT);
    }

    private static String group(boolean placementType, String code) {
        return placementType ? PlacementGroups.group(code) : null;
    }

    /** "2024-25" for the collection year starting in 2024. */
    private static String year(int startYear) {
        return new CollectionYear(startYear).label();
    }

    /** "2024-25" for the census year ending in 2025; null for an open end. */
    private static String censusYear(OptionalInt endYear) {
        return endYear.isPresent() ? CinCensusHeader.label(endYear.getAsInt()) : null;
    }
}
