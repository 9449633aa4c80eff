package uk.chatbatch.rollup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.TableData;

/**
 * The roll-up over row objects: each partition read whole with the product's Parquet reader into
 * {@link ShareableRow}s, grouped into cells in a hash map, each cell rolled up by {@link CellRollup}, the rows
 * sorted and written. Kept beside the Arrow path as its yardstick (the benchmark times both) and its check (tests
 * compare them).
 */
public final class RowRollup implements RollupEngine {

    private record CellKey(String indicatorId, String breakdown, String breakdownValue) {
    }

    private static final Comparator<Object[]> OUTPUT_ORDER = Comparator
            .<Object[], String>comparing(r -> (String) r[2])
            .thenComparing(r -> (String) r[4]).thenComparing(r -> (String) r[5]).thenComparing(r -> (String) r[6]);

    @Override
    public String name() {
        return "row objects";
    }

    @Override
    public PeriodOutput period(Group group, LocalDate period, List<IndicatorPartition> partitions, Path parquetFile)
            throws IOException {
        Map<CellKey, List<ShareableRow>> cells = new HashMap<>();
        for (IndicatorPartition partition : partitions) {
            for (ShareableRow row : read(partition)) {
                cells.computeIfAbsent(new CellKey(row.indicatorId(), row.breakdown(), row.breakdownValue()),
                        k -> new ArrayList<>()).add(row);
            }
        }
        List<Object[]> out = new ArrayList<>();
        List<TrendPoint> trend = new ArrayList<>();
        for (List<ShareableRow> cell : cells.values()) {
            int n = cell.size();
            String[] versions = new String[n];
            String[] settings = new String[n];
            String[] polarities = new String[n];
            boolean[] usable = new boolean[n];
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                ShareableRow r = cell.get(i);
                versions[i] = r.catalogueVersion();
                settings[i] = r.settings();
                polarities[i] = r.polarity();
                usable[i] = r.usable();
                values[i] = usable[i] ? r.value() : 0;
            }
            CellRollup.Outcome outcome = CellRollup.evaluate(versions, settings, usable, values, polarities);
            for (int i = 0; i < n; i++) {
                ShareableRow r = cell.get(i);
                out.add(BenchmarkingDataset.row(group.id(), period, r.indicatorId(), r.indicatorTitle(), r.breakdown(),
                        r.breakdownValue(), r.key().laCode(), r.value(), r.suppressed(), r.suppressionReason(), outcome, i,
                        r.englandValue(), r.englandYear(), r.unit(), r.polarity(), r.settings(), r.catalogueVersion()));
                trend.add(new TrendPoint(r.key(), r.indicatorId(), r.breakdown(), r.breakdownValue(), r.value(),
                        r.suppressed(), outcome.median()));
            }
        }
        out.sort(OUTPUT_ORDER);
        try (ParquetTableWriter writer = ParquetTableWriter.create(parquetFile, BenchmarkingDataset.SCHEMA,
                BenchmarkingDataset.footer(group, period, partitions))) {
            for (Object[] row : out) {
                writer.write(row);
            }
        }
        return new PeriodOutput(out.size(), trend, null);
    }

    /** Every row of one LA-period partition, checked against its folder. */
    static List<ShareableRow> read(IndicatorPartition partition) throws IOException {
        List<ShareableRow> rows = new ArrayList<>();
        for (Path file : ParquetTableReader.partFiles(partition.dir())) {
            TableData table = ParquetTableReader.read(file);
            ShareableRow.requireColumns(new HashSet<>(table.schema().columns().stream().map(ColumnDef::name).toList()),
                    file);
            int[] at = ShareableRow.COLUMNS.stream().mapToInt(table.schema()::indexOf).toArray();
            long index = 0;
            for (Object[] r : table.rows()) {
                index++;
                String emptyKey = null;
                for (int c = 0; c < at.length; c++) {
                    if (r[at[c]] == null && ShareableRow.KEY_COLUMNS.contains(ShareableRow.COLUMNS.get(c))) {
                        emptyKey = ShareableRow.COLUMNS.get(c);
                    }
                }
                ShareableRow.requireInPartition(partition, file, index, (String) r[at[0]], (LocalDate) r[at[1]],
                        emptyKey);
                rows.add(new ShareableRow(partition.key(), (String) r[at[2]], (String) r[at[3]], (String) r[at[4]],
                        (String) r[at[5]], (Double) r[at[6]], (String) r[at[7]], (String) r[at[8]], (String) r[at[9]],
                        (String) r[at[10]], (Double) r[at[11]], (String) r[at[12]], (String) r[at[13]],
                        (Boolean) r[at[14]], (String) r[at[15]]));
            }
        }
        return rows;
    }
}
