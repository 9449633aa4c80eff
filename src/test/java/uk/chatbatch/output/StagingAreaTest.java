package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.model.LaPeriod;

class StagingAreaTest {

    private static final LocalDate PERIOD_END = LocalDate.of(2025, 3, 31);
    private static final LaPeriod KEY = new LaPeriod("201", PERIOD_END);
    private static final TableSchema REFERRALS = TableSchema.of("referrals",
            new ColumnDef("child_id", ColumnType.STRING),
            new ColumnDef("referral_date", ColumnType.DATE));

    @TempDir
    Path outputRoot;

    private OutputLayout layout;
    private Path publishedPartition;

    @BeforeEach
    void setUp() {
        layout = new OutputLayout(outputRoot);
        publishedPartition = layout.datasetPartition("referrals", KEY);
    }

    @Test
    void publishMovesStagedPartitionsAndFilesIntoThePublishedLayout() throws IOException {
        StagingArea staging = new StagingArea(layout, KEY, "writeReferrals");
        staging.reset();
        writePart(staging.datasetPartition("referrals"), 0, "C1", "C2");
        Path report = staging.reportFile("chat-report.pdf");
        Files.writeString(report, "%PDF stand-in");

        List<Path> published = staging.publish();

        Path publishedReport = layout.reportFile(KEY, "chat-report.pdf");
        assertThat(published).containsExactly(publishedPartition, publishedReport);
        assertThat(ParquetTableReader.read(publishedPartition).column("child_id")).containsExactly("C1", "C2");
        assertThat(Files.readString(publishedReport)).isEqualTo("%PDF stand-in");
        assertThat(staging.root()).doesNotExist();
    }

    @Test
    void publishingTheSameLaAndPeriodAgainReplacesTheRowsInsteadOfAddingToThem() throws IOException {
        StagingArea firstRun = new StagingArea(layout, KEY, "writeReferrals");
        firstRun.reset();
        Path first = firstRun.datasetPartition("referrals");
        writePart(first, 0, "C1", "C2");
        writePart(first, 1, "C3");
        firstRun.publish();

        StagingArea secondRun = new StagingArea(layout, KEY, "writeReferrals");
        secondRun.reset();
        writePart(secondRun.datasetPartition("referrals"), 0, "C1", "C4");
        secondRun.publish();

        assertThat(fileNames(publishedPartition)).containsExactly("part-00000.parquet");
        assertThat(ParquetTableReader.read(publishedPartition).column("child_id")).containsExactly("C1", "C4");
        assertThat(fileNames(publishedPartition.getParent())).containsExactly("period=2025-03-31");
    }

    @Test
    void publishReplacesAnExistingFileAtomically() throws IOException {
        Path publishedReport = layout.reportFile(KEY, "chat-report.pdf");
        Files.createDirectories(publishedReport.getParent());
        Files.writeString(publishedReport, "last month's run");
        StagingArea staging = new StagingArea(layout, KEY, "renderReport");
        staging.reset();
        Files.writeString(staging.reportFile("chat-report.pdf"), "this run");

        staging.publish();

        assertThat(Files.readString(publishedReport)).isEqualTo("this run");
        assertThat(fileNames(publishedReport.getParent())).containsExactly("chat-report.pdf");
    }

    @Test
    void otherLasAndPeriodsAreLeftAlone() throws IOException {
        LaPeriod otherLa = new LaPeriod("202", PERIOD_END);
        LaPeriod earlierPeriod = KEY.withPeriodEnd(LocalDate.of(2024, 9, 30));
        publish(KEY, "C1");
        publish(otherLa, "D1");
        publish(earlierPeriod, "C0");

        publish(KEY, "C2");

        assertThat(readChildIds(KEY)).containsExactly("C2");
        assertThat(readChildIds(otherLa)).containsExactly("D1");
        assertThat(readChildIds(earlierPeriod)).containsExactly("C0");
    }

    @Test
    void anAbandonedStagingAreaLeavesThePublishedPartitionUntouched() throws IOException {
        publish(KEY, "C1", "C2");
        byte[] before = Files.readAllBytes(publishedPartition.resolve("part-00000.parquet"));

        StagingArea interrupted = new StagingArea(layout, KEY, "writeReferrals");
        interrupted.reset();
        Path staged = interrupted.datasetPartition("referrals");
        writePart(staged, 0, "C9");
        // what a killed parquet writer leaves behind (java-stack.md gotcha 7)
        Files.createFile(staged.resolve("part-00001.parquet"));
        Files.writeString(interrupted.reportFile("chat-report.pdf"), "half a report");

        assertThat(fileNames(publishedPartition)).containsExactly("part-00000.parquet");
        assertThat(Files.readAllBytes(publishedPartition.resolve("part-00000.parquet"))).isEqualTo(before);
        assertThat(layout.reportFile(KEY, "chat-report.pdf")).doesNotExist();
    }

    @Test
    void resetDiscardsWhatAnInterruptedAttemptStagedAndTouchesNothingPublished() throws IOException {
        publish(KEY, "C1", "C2");
        StagingArea interrupted = new StagingArea(layout, KEY, "writeReferrals");
        interrupted.reset();
        Path staged = interrupted.datasetPartition("referrals");
        writePart(staged, 0, "C9");
        Files.createFile(staged.resolve("part-00001.parquet"));

        StagingArea restarted = new StagingArea(layout, KEY, "writeReferrals");
        restarted.reset();

        assertThat(restarted.root()).isEmptyDirectory();
        assertThat(readChildIds(KEY)).containsExactly("C1", "C2");

        writePart(restarted.datasetPartition("referrals"), 0, "C3");
        restarted.publish();
        assertThat(fileNames(publishedPartition)).containsExactly("part-00000.parquet");
        assertThat(readChildIds(KEY)).containsExactly("C3");
    }

    @Test
    void publishClearsAPartitionLeftAsideByAnEarlierPublishThatDiedHalfway() throws IOException {
        Path leftAside = publishedPartition.resolveSibling(".period=2025-03-31.replaced");
        Files.createDirectories(leftAside);
        writePart(leftAside, 0, "OLD");

        publish(KEY, "C1");

        assertThat(fileNames(publishedPartition.getParent())).containsExactly("period=2025-03-31");
        assertThat(readChildIds(KEY)).containsExactly("C1");
    }

    @Test
    void publishingWithNothingStagedPublishesNothing() throws IOException {
        StagingArea neverStarted = new StagingArea(layout, KEY, "writeReferrals");

        assertThat(neverStarted.publish()).isEmpty();
        assertThat(outputRoot).isEmptyDirectory();
    }

    @Test
    void plainFilesAreStagedByTheirPathUnderTheOutputRoot() throws IOException {
        StagingArea staging = new StagingArea(layout, KEY, "writeCatalogue");
        staging.reset();
        Files.writeString(staging.file("docs/indicator-catalogue.md"), "# Catalogue");

        assertThat(staging.publish()).containsExactly(outputRoot.resolve("docs/indicator-catalogue.md"));
        assertThat(outputRoot.resolve("docs/indicator-catalogue.md")).hasContent("# Catalogue");
    }

    @Test
    void filePathsMustStayInsideStagingAndOutsideTheDatasets() {
        StagingArea staging = new StagingArea(layout, KEY, "writeCatalogue");

        for (String bad : List.of("../outside.txt", "/etc/passwd", "docs/../../outside.txt", "",
                "parquet/referrals/extra.parquet", ".staging/other/file.txt")) {
            assertThatThrownBy(() -> staging.file(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("'" + bad + "' is not a plain relative path");
        }
        assertThat(outputRoot).isEmptyDirectory();
    }

    private void publish(LaPeriod key, String... childIds) throws IOException {
        StagingArea staging = new StagingArea(layout, key, "writeReferrals");
        staging.reset();
        writePart(staging.datasetPartition("referrals"), 0, childIds);
        staging.publish();
    }

    private List<Object> readChildIds(LaPeriod key) throws IOException {
        return ParquetTableReader.read(layout.datasetPartition("referrals", key)).column("child_id");
    }

    private static void writePart(Path partition, int index, String... childIds) throws IOException {
        try (ParquetTableWriter writer =
                     ParquetTableWriter.create(partition.resolve(OutputLayout.partFileName(index)), REFERRALS)) {
            for (String childId : childIds) {
                writer.write(new Object[] {childId, LocalDate.of(2025, 1, 6)});
            }
        }
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
