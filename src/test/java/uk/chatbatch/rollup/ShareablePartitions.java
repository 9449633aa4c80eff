package uk.chatbatch.rollup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;

/** Hand-written shareable indicators partitions, as runs would leave them, for roll-up tests. */
public final class ShareablePartitions {

    private ShareablePartitions() {
    }

    /** A shareable indicators row as a run writes it: only what a roll-up reads varies. */
    public static Object[] row(String la, LocalDate period, String indicator, String group, Double value,
                              String status, String settings, boolean suppressed) {
        Object[] row = new Object[ShareableIndicatorsDataset.SCHEMA.columnCount()];
        row[0] = la;
        row[1] = period;
        row[2] = indicator;
        row[3] = "Title of " + indicator;
        row[4] = group.equals("all") ? "all" : "gender";
        row[5] = group;
        row[8] = value;
        row[9] = "percent";
        row[10] = "higher_is_better";
        row[11] = status;
        row[14] = settings;
        row[15] = 61.5;
        row[16] = "2024-25";
        row[22] = IndicatorsDataset.CATALOGUE_VERSION;
        row[23] = 1L;
        row[ShareableIndicatorsDataset.SCHEMA.indexOf("suppressed")] = suppressed;
        row[ShareableIndicatorsDataset.SCHEMA.indexOf("suppression_reason")] = suppressed ? "1 to 4" : null;
        return row;
    }

    public static void write(Path output, String la, LocalDate period, Object[]... rows) throws IOException {
        Path partition = Files.createDirectories(new OutputLayout(output)
                .shareablePartition(ShareableIndicatorsDataset.NAME, new LaPeriod(la, period)));
        try (ParquetTableWriter writer = ParquetTableWriter.create(partition.resolve(OutputLayout.partFileName(0)),
                ShareableIndicatorsDataset.SCHEMA)) {
            for (Object[] row : rows) {
                writer.write(row);
            }
        }
    }
}
