package uk.chatbatch.compact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.compact.CompactedLayout.Classification;
import uk.chatbatch.compact.Compactor.PeriodOutcome;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.PlainCodecFactory;
import uk.chatbatch.output.TableData;
import uk.chatbatch.rollup.ShareablePartitions;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;

class CompactorTest {

    private static final LocalDate AUG = LocalDate.of(2026, 8, 31);
    private static final LocalDate SEP = LocalDate.of(2026, 9, 30);

    @TempDir
    Path output;

    /**
     * The lake: LAs 391 and 392 in August and September, and 393 in September only; the rows of each file are in the
     * order a run writes them (catalogue order, not indicator id order).
     */
    private void writeLake() throws IOException {
        shareable("391", AUG, "CLA-10", 80.0, "ASM-02", 11.0);
        shareable("392", AUG, "CLA-10", 90.0, "ASM-02", 12.0);
        shareable("391", SEP, "CLA-10", 81.0, "ASM-02", 13.0);
        shareable("392", SEP, "CLA-10", 91.0, "ASM-02", 14.0);
        shareable("393", SEP, "CLA-10", 70.0, "ASM-02", null);
        internal("391", AUG, "CLA-10", 79.5);
        internal("392", AUG, "CLA-10", 89.5);
        internal("391", SEP, "CLA-10", 80.5);
    }

    private void shareable(String la, LocalDate period, String first, Double firstValue, String second,
                           Double secondValue) throws IOException {
        ShareablePartitions.write(output, la, period,
                ShareablePartitions.row(la, period, first, "all", firstValue, "computed", "", false),
                ShareablePartitions.row(la, period, second, "all", secondValue, "computed", "", secondValue == null));
    }

    /** An internal indicators row: its key (la_code, period_end, indicator_id, breakdown "all"/"all") and value set, the rest empty. */
    private void internal(String la, LocalDate period, String indicator, double value) throws IOException {
        Path partition = Files.createDirectories(new OutputLayout(output).datasetPartition(IndicatorsDataset.NAME,
                new LaPeriod(la, period)));
        Object[] row = new Object[IndicatorsDataset.SCHEMA.columnCount()];
        row[IndicatorsDataset.SCHEMA.indexOf("la_code")] = la;
        row[IndicatorsDataset.SCHEMA.indexOf("period_end")] = period;
        row[IndicatorsDataset.SCHEMA.indexOf("indicator_id")] = indicator;
        row[IndicatorsDataset.SCHEMA.indexOf("breakdown")] = "all";
        row[IndicatorsDataset.SCHEMA.indexOf("breakdown_value")] = "all";
        row[IndicatorsDataset.SCHEMA.indexOf("value")] = value;
        try (ParquetTableWriter writer = ParquetTableWriter.create(partition.resolve(OutputLayout.partFileName(0)),
                IndicatorsDataset.SCHEMA)) {
            writer.write(row);
        }
    }

    private Path compacted(Classification classification, LocalDate period) {
        return CompactedLayout.partition(output, classification, IndicatorsDataset.NAME, period)
                .resolve(CompactedLayout.PART_FILE);
    }

    @Test
    void oneFilePerClassificationDatasetAndPeriodHoldingTheSameRowsSortedByIndicatorThenLa() throws IOException {
        writeLake();

        Compactor.Result result = new Compactor(output, m -> { }).compactAll();

        assertEquals(List.of(
                "compacted/internal/indicators/period=2026-08-31/part-00000.parquet",
                "compacted/internal/indicators/period=2026-09-30/part-00000.parquet",
                "compacted/shareable/indicators/period=2026-08-31/part-00000.parquet",
                "compacted/shareable/indicators/period=2026-09-30/part-00000.parquet"), compactedFiles());
        assertEquals(4, result.count(PeriodOutcome.Kind.COMPACTED));
        // September shareable: ASM-02 before CLA-10, each by LA; the same rows as the three per-LA files
        TableData sep = ParquetTableReader.read(compacted(Classification.SHAREABLE, SEP));
        assertEquals(List.of("ASM-02", "ASM-02", "ASM-02", "CLA-10", "CLA-10", "CLA-10"), sep.column("indicator_id"));
        assertEquals(List.of("391", "392", "393", "391", "392", "393"), sep.column("la_code"));
        assertEquals(Arrays.asList(13.0, 14.0, null, 81.0, 91.0, 70.0), sep.column("value"));
        assertEquals(List.of(SEP, SEP, SEP, SEP, SEP, SEP), sep.column("period_end"));
        assertEquals(sortedRows(perLaRows(OutputLayout.SHAREABLE_DIR, SEP)), sortedRows(sep.rows()));
        assertEquals(sortedRows(perLaRows(OutputLayout.SHAREABLE_DIR, AUG)),
                sortedRows(ParquetTableReader.read(compacted(Classification.SHAREABLE, AUG)).rows()));
        assertEquals(ShareableIndicatorsDataset.SCHEMA, sep.schema());
        Map<String, String> footer = ParquetTableReader.footerMetadata(compacted(Classification.SHAREABLE, SEP));
        assertEquals("indicator_id,la_code", footer.get(Compactor.SORTING_COLUMNS));
        assertEquals(List.of(List.of(2, 0)), SortingColumns.declared(compacted(Classification.SHAREABLE, SEP)),
                "the row group's sorting_columns: indicator_id (column 2), then la_code (column 0)");
        assertEquals("391,392,393", footer.get(Compactor.LA_CODES));
        assertEquals("6", footer.get(Compactor.ROWS));
        assertEquals("3", footer.get(Compactor.SOURCE_FILES));
    }

    @Test
    void internalAndShareableRowsNeverMeet() throws IOException {
        writeLake();

        new Compactor(output, m -> { }).compactAll();

        TableData internalAug = ParquetTableReader.read(compacted(Classification.INTERNAL, AUG));
        assertEquals(IndicatorsDataset.SCHEMA, internalAug.schema(), "the internal columns, no suppression columns");
        assertEquals(List.of(79.5, 89.5), internalAug.column("value"), "only the internal figures");
        assertEquals(List.of(80.5), ParquetTableReader.read(compacted(Classification.INTERNAL, SEP)).column("value"));
        assertEquals(List.of(11.0, 12.0, 80.0, 90.0),
                ParquetTableReader.read(compacted(Classification.SHAREABLE, AUG)).column("value"));
    }

    @Test
    void compactingAgainFromScratchGivesByteIdenticalFilesAndUnchangedInputsAreSkipped() throws IOException {
        writeLake();
        new Compactor(output, m -> { }).compactAll();
        byte[] first = Files.readAllBytes(compacted(Classification.SHAREABLE, SEP));

        Compactor.Result skipped = new Compactor(output, m -> { }).compactAll();
        assertEquals(4, skipped.count(PeriodOutcome.Kind.UNCHANGED));
        assertEquals(0, skipped.count(PeriodOutcome.Kind.COMPACTED));

        uk.chatbatch.output.Directories.deleteRecursively(output.resolve(CompactedLayout.COMPACTED_DIR));
        Compactor.Result rewritten = new Compactor(output, m -> { }).compactAll();
        assertEquals(4, rewritten.count(PeriodOutcome.Kind.COMPACTED));
        assertArrayEquals(first, Files.readAllBytes(compacted(Classification.SHAREABLE, SEP)));
    }

    @Test
    void aLaAddedByALaterRunRecompactsOnlyThePeriodItTouched() throws IOException {
        writeLake();
        new Compactor(output, m -> { }).compactAll();
        byte[] sepBefore = Files.readAllBytes(compacted(Classification.SHAREABLE, SEP));

        shareable("393", AUG, "CLA-10", 60.0, "ASM-02", 9.0);
        Compactor.Result again = new Compactor(output, m -> { }).compactAll();

        assertEquals(List.of("shareable indicators 2026-08-31 COMPACTED 3 LAs"),
                again.periods().stream().filter(p -> p.kind() != PeriodOutcome.Kind.UNCHANGED)
                        .map(p -> p.classification().folder() + " " + p.dataset() + " " + p.period() + " " + p.kind()
                                + " " + p.laCount() + " LAs").toList());
        assertEquals(List.of("391", "392", "393", "391", "392", "393"),
                ParquetTableReader.read(compacted(Classification.SHAREABLE, AUG)).column("la_code"));
        assertArrayEquals(sepBefore, Files.readAllBytes(compacted(Classification.SHAREABLE, SEP)));
    }

    @Test
    void aPeriodWhosePerLaFilesAreAllGoneIsRemovedFromTheCompactedLake() throws IOException {
        writeLake();
        new Compactor(output, m -> { }).compactAll();

        for (String la : List.of("391", "392")) {
            uk.chatbatch.output.Directories.deleteRecursively(new OutputLayout(output)
                    .datasetPartition(IndicatorsDataset.NAME, new LaPeriod(la, AUG)));
        }
        Compactor.Result again = new Compactor(output, m -> { }).compactAll();

        assertEquals(1, again.count(PeriodOutcome.Kind.REMOVED));
        assertFalse(Files.exists(compacted(Classification.INTERNAL, AUG).getParent()));
        assertTrue(Files.exists(compacted(Classification.INTERNAL, SEP)));
    }

    @Test
    void aCrashBeforeAPeriodIsPublishedLeavesThePreviousCompactedFileReadableAndTheNextRunFinishes()
            throws IOException {
        writeLake();
        new Compactor(output, m -> { }).compactAll();
        TableData before = ParquetTableReader.read(compacted(Classification.SHAREABLE, SEP));
        shareable("394", SEP, "CLA-10", 50.0, "ASM-02", 5.0);

        Compactor crashing = new Compactor(output, m -> { }, (step, classification, dataset, period) -> {
            if (step.equals("written") && classification == Classification.SHAREABLE && period.equals(SEP)) {
                throw new IOException("simulated crash after writing the staged file");
            }
        });
        assertThrows(IOException.class, crashing::compactAll);

        TableData during = ParquetTableReader.read(compacted(Classification.SHAREABLE, SEP));
        assertEquals(sortedRows(before.rows()), sortedRows(during.rows()), "the previous file, whole");
        assertEquals(List.of("391", "392", "393", "391", "392", "393"), during.column("la_code"));

        new Compactor(output, m -> { }).compactAll();
        assertEquals(List.of("391", "392", "393", "394", "391", "392", "393", "394"),
                ParquetTableReader.read(compacted(Classification.SHAREABLE, SEP)).column("la_code"));
        assertFalse(Files.exists(CompactedLayout.staging(output)), "staging cleared");
    }

    @Test
    void aCrashOnTheFirstCompactionPublishesNothingForThatPeriod() throws IOException {
        writeLake();
        Compactor crashing = new Compactor(output, m -> { }, (step, classification, dataset, period) -> {
            if (step.equals("written") && classification == Classification.SHAREABLE) {
                throw new IOException("simulated crash");
            }
        });

        assertThrows(IOException.class, crashing::compactAll);

        assertFalse(Files.exists(compacted(Classification.SHAREABLE, AUG).getParent()));
        assertTrue(Files.exists(compacted(Classification.INTERNAL, AUG)), "internal was done before shareable");
    }

    @Test
    void aFileThatIsNotParquetIsNamedWithItsDatasetAndPeriodInOneSentence() throws IOException {
        writeLake();
        Path broken = new OutputLayout(output).shareablePartition(IndicatorsDataset.NAME, new LaPeriod("392", SEP))
                .resolve(OutputLayout.partFileName(0));
        Files.writeString(broken, "not parquet at all");

        CompactInputException e = assertThrows(CompactInputException.class,
                () -> new Compactor(output, m -> { }).compactAll());

        assertEquals("Cannot compact the shareable dataset indicators, period 2026-09-30: "
                + Path.of("shareable", "indicators", "la=392", "period=2026-09-30", "part-00000.parquet")
                + " cannot be read as Parquet; run that LA and period again or move the file away, then compact"
                + " again.", e.getMessage());
        assertFalse(Files.exists(compacted(Classification.SHAREABLE, SEP).getParent()));
    }

    @Test
    void rowGroupsAndPagesAreSmallEnoughToPruneAndTheQueryGivesTheSameAnswerOnBothLayouts() throws IOException {
        // 40 LAs x 2 indicators x 30 groups: 2,400 rows in a period, more than two pages of 1,024 rows
        for (int la = 0; la < 40; la++) {
            String code = Integer.toString(301 + la);
            Object[][] rows = new Object[60][];
            for (int g = 0; g < 30; g++) {
                rows[g] = ShareablePartitions.row(code, SEP, "CLA-10", g == 0 ? "all" : "g" + g, 10.0 + la, "computed",
                        "", false);
                rows[30 + g] = ShareablePartitions.row(code, SEP, "ASM-02", g == 0 ? "all" : "g" + g, 1.0 * la,
                        "computed", "", false);
            }
            ShareablePartitions.write(output, code, SEP, rows);
        }

        new Compactor(output, m -> { }).compactAll();

        Path file = compacted(Classification.SHAREABLE, SEP);
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file),
                new ParquetReadOptions.Builder(new PlainParquetConfiguration())
                        .withCodecFactory(new PlainCodecFactory()).build())) {
            BlockMetaData group = reader.getRowGroups().get(0);
            ColumnChunkMetaData indicator = group.getColumns().get(ShareableIndicatorsDataset.SCHEMA
                    .indexOf("indicator_id"));
            assertEquals(3, reader.readOffsetIndex(indicator).getPageCount(), "2,400 rows in pages of 1,024");
            assertEquals(List.of("ASM-02", "ASM-02", "CLA-10"), reader.readColumnIndex(indicator).getMinValues()
                    .stream().map(b -> java.nio.charset.StandardCharsets.UTF_8.decode(b).toString()).toList(),
                    "each page's smallest indicator: the page index lets a filter on CLA-10 skip the first page");
        }
        List<Path> perLa = IndicatorQuery.files(output.resolve("shareable").resolve("indicators"));
        List<Path> compactedFiles = IndicatorQuery.files(file.getParent().getParent());
        assertEquals(40, perLa.size());
        assertEquals(1, compactedFiles.size());
        IndicatorQuery.MeanByPeriod before = IndicatorQuery.meanByPeriod(perLa, "CLA-10");
        IndicatorQuery.MeanByPeriod after = IndicatorQuery.meanByPeriod(compactedFiles, "CLA-10");
        assertEquals(40, after.rowsUsed(), "one whole-population row per LA");
        assertEquals(29.5, after.means().get(SEP), 1e-12, "the mean of 10 to 49");
        assertEquals(before, after);
        assertEquals(2_400, IndicatorQuery.count(perLa));
        assertEquals(2_400, IndicatorQuery.count(compactedFiles));
    }

    @Test
    void footersAreMergedKeepingWhatEveryFileAgreesOnAndListingWhatDiffers() {
        Map<String, String> merged = Compactor.mergedFooter(List.of(
                Map.of("dataset", "indicators", "run_id", "b-2", "la_code", "391"),
                Map.of("dataset", "indicators", "run_id", "a-1", "la_code", "392", "note", "x"),
                Map.of("dataset", "indicators", "run_id", "b-2", "la_code", "393",
                        Compactor.SOURCE_FINGERPRINT, "left by an earlier compaction")));

        assertEquals(Map.of(
                "dataset", "indicators",                  // every file says the same
                "run_id", "[\"a-1\",\"b-2\"]",            // distinct values, in order
                "la_code", "[\"391\",\"392\",\"393\"]",
                "note", "[\"x\"]"), merged);              // one file only: a list, so it is not taken for all
    }

    @Test
    void thePerLaFilesFootersAreCarriedIntoTheCompactedFile() throws IOException {
        for (String[] la : new String[][] {{"391", "run-b"}, {"392", "run-a"}}) {
            Path partition = Files.createDirectories(new OutputLayout(output)
                    .shareablePartition(ShareableIndicatorsDataset.NAME, new LaPeriod(la[0], SEP)));
            try (ParquetTableWriter writer = ParquetTableWriter.create(partition.resolve(OutputLayout.partFileName(0)),
                    ShareableIndicatorsDataset.SCHEMA, new ParquetTableWriter.PruningLayout(100, 100,
                            Map.of("dataset", "indicators", "run_id", la[1])))) {
                writer.write(ShareablePartitions.row(la[0], SEP, "CLA-10", "all", 1.0, "computed", "", false));
            }
        }

        new Compactor(output, m -> { }).compactAll();

        Map<String, String> footer = ParquetTableReader.footerMetadata(compacted(Classification.SHAREABLE, SEP));
        assertEquals("indicators", footer.get("dataset"));
        assertEquals("[\"run-a\",\"run-b\"]", footer.get("run_id"));
    }

    private List<String> compactedFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(output.resolve(CompactedLayout.COMPACTED_DIR))) {
            return walk.filter(Files::isRegularFile).map(p -> output.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private List<Object[]> perLaRows(String tree, LocalDate period) throws IOException {
        List<Object[]> rows = new java.util.ArrayList<>();
        try (Stream<Path> las = Files.list(output.resolve(tree).resolve(IndicatorsDataset.NAME))) {
            for (Path la : las.sorted().toList()) {
                Path partition = la.resolve("period=" + period);
                if (Files.isDirectory(partition)) {
                    rows.addAll(ParquetTableReader.read(partition).rows());
                }
            }
        }
        return rows;
    }

    private static List<String> sortedRows(List<Object[]> rows) {
        return rows.stream().map(Arrays::toString).sorted().toList();
    }
}
