package uk.chatbatch.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.datasets.TableDataset;
import uk.chatbatch.output.Classification;
import uk.chatbatch.output.TableSchema;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * Every dataset a run writes, internal and shareable, each with its schema, the input it comes from and the
 * columns that identify a row. Every run writes every one of them, empty (with the reason in the footer) where its
 * input was not supplied, so a reader can tell "not supplied" from "lost".
 *
 * <p>The exception: the child-level shareable tables ({@code shareable.child_level} in the job file) are written
 * only when the job names them and gives a key, because sharing child-level rows, even pseudonymised, is a
 * decision the LA takes table by table; the job file (shareable.child_level) and the shareable notices say which
 * were asked for and which were withheld.
 *
 * <p>Adding a dataset is one line in {@link #build()}; the pipeline then writes it empty when its input is missing
 * and {@code DuckDbReadsEveryDatasetTest} checks it.
 */
public final class DatasetRegistry {

    /** The input a dataset is read from; a dataset of an input not supplied is written empty, saying so. */
    public enum Input {
        /** Written from whatever was supplied: every run has rows or a true zero. */
        ANY(null),
        ANNEX_A("no Annex A input was supplied"),
        SSDA903("no SSDA903 return was supplied"),
        CIN("no CIN census was supplied");

        private final String notSupplied;

        Input(String notSupplied) {
            this.notSupplied = notSupplied;
        }

        /** The footer's {@code chat_batch.empty_reason} when this input is missing. */
        public Optional<String> notSupplied() {
            return Optional.ofNullable(notSupplied);
        }
    }

    /**
     * @param key the columns, all REQUIRED, whose values are unique per row within one LA and period; empty when no
     *            combination is (see {@code keyNote})
     */
    public record Entry(TableSchema schema, Classification classification, Input input, List<String> key,
                        String keyNote) {
        public Entry {
            key = List.copyOf(key);
            for (String column : key) {
                if (!schema.columns().get(schema.indexOf(column)).required()) {
                    throw new IllegalArgumentException("Key column '" + column + "' of dataset '" + schema.name()
                            + "' is not REQUIRED in its schema");
                }
            }
        }

        public String name() {
            return schema.name();
        }
    }

    private static final List<Entry> ALL = build();

    private DatasetRegistry() {
    }

    /** Every dataset every run writes, internal first, in a stable order. */
    public static List<Entry> all() {
        return ALL;
    }

    public static Entry internal(String name) {
        return find(name, Classification.INTERNAL);
    }

    public static Entry shareable(String name) {
        return find(name, Classification.SHAREABLE);
    }

    private static Entry find(String name, Classification classification) {
        return ALL.stream().filter(e -> e.name().equals(name) && e.classification() == classification).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + classification.label() + " dataset '" + name
                        + "' in the registry"));
    }

    private static List<Entry> build() {
        List<Entry> all = new ArrayList<>();
        all.add(internal(QuarantineDataset.SCHEMA, Input.ANY, List.of("source_file", "list", "source_row")));
        all.add(new Entry(IssuesDataset.SCHEMA, Classification.INTERNAL, Input.ANY, List.of(),
                "no key: one cell can carry the same issue code for several reasons"));
        all.add(internal(IngestSummaryDataset.SCHEMA, Input.ANY, List.of("file", "list")));
        for (AnnexAList list : AnnexAList.values()) {
            all.add(internal(TableDataset.schema(list), Input.ANNEX_A, List.of("source_file", "source_row")));
        }
        for (Ssda903Table table : Ssda903Table.values()) {
            all.add(internal(TableDataset.schema(table), Input.SSDA903, List.of("source_file", "source_row")));
        }
        for (CinTable table : CinTable.values()) {
            all.add(internal(TableDataset.schema(table), Input.CIN,
                    List.of("source_file", "source_line", "source_location")));
        }
        all.add(internal(IndicatorsDataset.SCHEMA, Input.ANY, List.of("indicator_id", "breakdown", "breakdown_value")));
        all.add(internal(IndicatorChildrenDataset.SCHEMA, Input.ANY,
                List.of("indicator_id", "list", "source_file", "source_row")));
        all.add(internal(ReconciliationDataset.SCHEMA, Input.ANY, List.of("annex_a_id", "return_id")));
        all.add(internal(ReconciliationChildrenDataset.SCHEMA, Input.ANY, List.of("annex_a_id", "return_id", "child_id")));
        all.add(new Entry(ShareableIndicatorsDataset.SCHEMA, Classification.SHAREABLE, Input.ANY,
                List.of("indicator_id", "breakdown", "breakdown_value"), ""));
        // The lake's dictionary holds no child data: written under both classifications, so each lake explains itself.
        for (Classification classification : Classification.values()) {
            all.add(new Entry(IndicatorCatalogueDataset.SCHEMA, classification, Input.ANY, List.of("indicator_id"), ""));
            all.add(new Entry(CodeListsDataset.SCHEMA, classification, Input.ANY,
                    List.of("source", "list_or_table", "field", "code"), ""));
        }
        return List.copyOf(all);
    }

    private static Entry internal(TableSchema schema, Input input, List<String> key) {
        return new Entry(schema, Classification.INTERNAL, input, key, "");
    }
}
