package uk.chatbatch.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.rollup.arrow.ArrowRollup;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;

/** The roll-up from small hand-written shareable indicators partitions to the rows of its two datasets. */
class RollupTest {

    private static Object[] shareable(String la, LocalDate period, String indicator, String group, Double value,
                                      String status, String settings, boolean suppressed) {
        return ShareablePartitions.row(la, period, indicator, group, value, status, settings, suppressed);
    }

    private static void write(Path output, String la, LocalDate period, Object[]... rows) throws IOException {
        ShareablePartitions.write(output, la, period, rows);
    }


    private static final LocalDate SEP = LocalDate.of(2026, 9, 30);
    private static final String SETTINGS = "cla_visit_within_weeks=6 (default)";

    @TempDir
    Path dir;

    private Rollup.Result rollUp(String engine, List<Path> from) throws IOException {
        RollupSelection selection = RollupSelection.choose(from, Optional.empty(), List.of(), Optional.empty());
        try (RollupEngine e = engine.equals("arrow") ? new ArrowRollup() : new RowRollup()) {
            return Rollup.run(selection, dir.resolve("out-" + engine), e, 2, m -> { });
        }
    }

    /** A row of the output as "column=value" for the columns named. */
    private static String pick(TableData t, int row, String... columns) {
        return Arrays.stream(columns).map(c -> c + "=" + t.value(row, c)).collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"arrow", "rows"})
    void threeNorthEastLasInOneCell(String engine) throws IOException {
        Path a = dir.resolve("a");
        write(a, "391", SEP, shareable("391", SEP, "CLA-10", "all", 80.0, "computed", SETTINGS, false));
        write(a, "392", SEP, shareable("392", SEP, "CLA-10", "all", null, "computed", SETTINGS, true));
        Path b = dir.resolve("b");
        write(b, "393", SEP, shareable("393", SEP, "CLA-10", "all", 60.0, "computed", SETTINGS, false));

        Rollup.Result result = rollUp(engine, List.of(a, b));

        assertEquals("North East", result.group().id());
        TableData t = ParquetTableReader.read(result.benchmarking().resolve("period=2026-09-30"));
        assertEquals(3, t.rowCount());
        String cell = "group_la_count=3 n_las=2 group_mean=70.0 group_median=70.0 group_q1=65.0 group_q3=75.0";
        String columns = "la_code value suppressed suppression_reason compared rank quartile_band";
        assertEquals("la_code=391 value=80.0 suppressed=false suppression_reason=null compared=true rank=1"
                + " quartile_band=4", pick(t, 0, columns.split(" ")));
        assertEquals("la_code=392 value=null suppressed=true suppression_reason=1 to 4 compared=true rank=null"
                + " quartile_band=null", pick(t, 1, columns.split(" ")));
        assertEquals("la_code=393 value=60.0 suppressed=false suppression_reason=null compared=true rank=2"
                + " quartile_band=1", pick(t, 2, columns.split(" ")));
        for (int row = 0; row < 3; row++) {
            assertEquals(cell, pick(t, row, "group_la_count", "n_las", "group_mean", "group_median", "group_q1",
                    "group_q3"));
            assertEquals("group_id=North East period_end=2026-09-30 england_value=61.5 england_year=2024-25",
                    pick(t, row, "group_id", "period_end", "england_value", "england_year"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"arrow", "rows"})
    void eachFileSaysWhatItIsWhichGroupAndPeriodAndWhichLasWentIntoIt(String engine) throws IOException {
        Path a = dir.resolve("a");
        LocalDate june = LocalDate.of(2026, 6, 30);
        write(a, "393", SEP, shareable("393", SEP, "CLA-10", "all", 60.0, "computed", SETTINGS, false));
        write(a, "391", SEP, shareable("391", SEP, "CLA-10", "all", 80.0, "computed", SETTINGS, false));
        write(a, "391", june, shareable("391", june, "CLA-10", "all", 70.0, "computed", SETTINGS, false));

        Rollup.Result result = rollUp(engine, List.of(a));

        Map<String, String> september = ParquetTableReader.keyValueMetadata(
                result.benchmarking().resolve("period=2026-09-30").resolve(OutputLayout.partFileName(0)));
        assertEquals("benchmarking shareable North East 391,393 2026-09-30 " + DatasetProvenance.SCHEMA_VERSION,
                String.join(" ", september.get("chat_batch.dataset"), september.get("chat_batch.classification"),
                        september.get("chat_batch.group"), september.get("chat_batch.la_codes"),
                        september.get("chat_batch.period_end"), september.get("chat_batch.schema_version")));
        assertEquals("391", ParquetTableReader.keyValueMetadata(result.benchmarking().resolve("period=2026-06-30")
                .resolve(OutputLayout.partFileName(0))).get("chat_batch.la_codes"), "only the LAs of that period");
        for (String column : BenchmarkingDataset.SCHEMA.columns().stream().map(c -> c.name()).toList()) {
            assertTrue(september.containsKey("chat_batch.column." + column + ".description"), column);
        }
        Map<String, String> trend = ParquetTableReader.keyValueMetadata(result.trend());
        assertEquals("benchmarking_trend North East 391,393 null", String.join(" ", trend.get("chat_batch.dataset"),
                trend.get("chat_batch.group"), trend.get("chat_batch.la_codes"),
                String.valueOf(trend.get("chat_batch.period_end"))));
        assertTrue(trend.containsKey("chat_batch.column.group_median.description"));
        assertTrue(september.keySet().stream().noneMatch(DatasetProvenance.RUN_KEYS::contains),
                "nothing that changes from one roll-up of the same inputs to the next");
        if (result.arrowFile() != null) {
            try (RootAllocator memory = new RootAllocator();
                 ArrowFileReader reader = new ArrowFileReader(FileChannel.open(result.arrowFile()), memory)) {
                Map<String, String> arrow = reader.getVectorSchemaRoot().getSchema().getCustomMetadata();
                assertEquals("benchmarking North East 391,393 null", String.join(" ", arrow.get("chat_batch.dataset"),
                        arrow.get("chat_batch.group"), arrow.get("chat_batch.la_codes"),
                        String.valueOf(arrow.get("chat_batch.period_end"))), "the Arrow copy holds every period");
                assertTrue(arrow.containsKey("chat_batch.column.rank.description"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"arrow", "rows"})
    void rowsAreSortedByIndicatorBreakdownValueAndLa(String engine) throws IOException {
        Path a = dir.resolve("a");
        write(a, "392", SEP, shareable("392", SEP, "REF-01", "all", 5.0, "computed", "", false),
                shareable("392", SEP, "CLA-10", "male", 7.0, "computed", "", false),
                shareable("392", SEP, "CLA-10", "female", 3.0, "computed", "", false));
        write(a, "201", SEP, shareable("201", SEP, "CLA-10", "male", 9.0, "computed", "", false),
                shareable("201", SEP, "REF-01", "all", 1.0, "computed", "", false));

        Rollup.Result result = rollUp(engine, List.of(a));

        assertEquals("la-set-04213427", result.group().id(), "City of London and North Tyneside span two regions");
        TableData t = ParquetTableReader.read(result.benchmarking().resolve("period=2026-09-30"));
        List<String> order = List.of(
                "indicator_id=CLA-10 breakdown_value=female la_code=392 group_la_count=1 rank=1",
                "indicator_id=CLA-10 breakdown_value=male la_code=201 group_la_count=2 rank=1",
                "indicator_id=CLA-10 breakdown_value=male la_code=392 group_la_count=2 rank=2",
                "indicator_id=REF-01 breakdown_value=all la_code=201 group_la_count=2 rank=2",
                "indicator_id=REF-01 breakdown_value=all la_code=392 group_la_count=2 rank=1");
        for (int row = 0; row < order.size(); row++) {
            assertEquals(order.get(row), pick(t, row, "indicator_id", "breakdown_value", "la_code", "group_la_count",
                    "rank"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"arrow", "rows"})
    void aSettingsMismatchIsReportedOnTheRowAndLeftOutOfTheGroup(String engine) throws IOException {
        Path a = dir.resolve("a");
        write(a, "391", SEP, shareable("391", SEP, "CLA-10", "all", 80.0, "computed", SETTINGS, false));
        write(a, "392", SEP, shareable("392", SEP, "CLA-10", "all", 70.0, "computed", SETTINGS, false));
        write(a, "393", SEP, shareable("393", SEP, "CLA-10", "all", 10.0, "computed", "cla_visit_within_weeks=4",
                false));

        TableData t = ParquetTableReader.read(rollUp(engine, List.of(a)).benchmarking().resolve("period=2026-09-30"));

        assertEquals("compared=false not_compared_reason=definition or settings differ from the group's:"
                + " cla_visit_within_weeks=4 vs cla_visit_within_weeks=6 (default) rank=null group_mean=75.0 n_las=2",
                pick(t, 2, "compared", "not_compared_reason", "rank", "group_mean", "n_las"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"arrow", "rows"})
    void theTrendKeepsEachLasLatestTwelvePeriodsWithTheGroupMedian(String engine) throws IOException {
        Path a = dir.resolve("a");
        LocalDate period = LocalDate.of(2025, 8, 31);
        for (int month = 1; month <= 13; month++) {
            write(a, "391", period, shareable("391", period, "CLA-10", "all", (double) month, "computed", "", false));
            write(a, "392", period, shareable("392", period, "CLA-10", "all", month + 10.0, "computed", "", false));
            period = period.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1);
        }

        Rollup.Result result = rollUp(engine, List.of(a));

        TableData trend = ParquetTableReader.read(result.trend());
        assertEquals(24, trend.rowCount(), "13 periods, the oldest (2025-08-31) left out, for 2 LAs");
        assertEquals("la_code=391 period_end=2025-09-30 value=2.0 group_median=7.0",
                pick(trend, 0, "la_code", "period_end", "value", "group_median"));
        assertEquals("la_code=391 period_end=2026-08-31 value=13.0 group_median=18.0",
                pick(trend, 11, "la_code", "period_end", "value", "group_median"));
        assertEquals(13, Files.list(result.benchmarking()).filter(p -> p.getFileName().toString()
                .startsWith("period=")).count(), "the benchmarking dataset keeps every period");
    }

    @Test
    void theSameLaAndPeriodInTwoFoldersIsAnError() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        write(a, "391", SEP, shareable("391", SEP, "CLA-10", "all", 80.0, "computed", "", false));
        write(b, "391", SEP, shareable("391", SEP, "CLA-10", "all", 80.0, "computed", "", false));

        RollupInputException e = assertThrows(RollupInputException.class, () -> rollUp("arrow", List.of(a, b)));

        assertEquals("LA 391, period ending 2026-09-30 is in two output folders, " + a + " and " + b
                + "; give only one of them, so no LA is counted twice.", e.getMessage());
    }

    @Test
    void aFolderWithoutShareableIndicatorsIsNamed() {
        Path empty = dir.resolve("not-a-run");
        RollupInputException e = assertThrows(RollupInputException.class,
                () -> ShareableIndicatorFolders.discover(List.of(empty)));
        assertTrue(e.getMessage().startsWith(empty + ": has no shareable indicators dataset"), e.getMessage());
    }

    @Test
    void anLaListedWithoutDataAndARegionWithNoneAreNamed() throws IOException {
        Path a = dir.resolve("a");
        write(a, "391", SEP, shareable("391", SEP, "CLA-10", "all", 80.0, "computed", "", false));

        RollupInputException las = assertThrows(RollupInputException.class, () -> RollupSelection.choose(List.of(a),
                Optional.empty(), List.of("391", "E08000022"), Optional.empty()));
        assertTrue(las.getMessage().startsWith("LA 392 has no shareable indicators in "), las.getMessage());

        RollupInputException region = assertThrows(RollupInputException.class, () -> RollupSelection.choose(
                List.of(a), Optional.of("london"), List.of(), Optional.empty()));
        assertTrue(region.getMessage().startsWith("No LA of the London region has shareable indicators"),
                region.getMessage());

        RollupInputException period = assertThrows(RollupInputException.class, () -> RollupSelection.choose(
                List.of(a), Optional.empty(), List.of(), Optional.of(LocalDate.of(2026, 10, 31))));
        assertTrue(period.getMessage().contains("for the period ending 2026-10-31"), period.getMessage());
    }

    @Test
    void aRowInTheWrongLasFolderIsAnError() throws IOException {
        Path a = dir.resolve("a");
        write(a, "391", SEP, shareable("392", SEP, "CLA-10", "all", 80.0, "computed", "", false));
        RollupInputException e = assertThrows(RollupInputException.class, () -> rollUp("arrow", List.of(a)));
        assertTrue(e.getMessage().endsWith("row 1 is for LA 392, period ending 2026-09-30, but sits in"
                + " la=391/period=2026-09-30; move the file to its own folder."), e.getMessage());
    }

    @Test
    void anLaFolderThatIsNotADfeCodeIsAnError() throws IOException {
        Path a = dir.resolve("a");
        write(a, "391", SEP, shareable("391", SEP, "CLA-10", "all", 80.0, "computed", "", false));
        Path misnamed = a.resolve(OutputLayout.SHAREABLE_DIR).resolve(ShareableIndicatorsDataset.NAME).resolve("la=39");
        Files.move(misnamed.resolveSibling("la=391"), misnamed);

        RollupInputException e = assertThrows(RollupInputException.class,
                () -> ShareableIndicatorFolders.discover(List.of(a)));

        assertEquals(misnamed.toAbsolutePath().normalize() + ": the folder name is not la=<three-digit DfE code>, as"
                + " the product writes it; move it out of the dataset.", e.getMessage());
    }
}
