package uk.chatbatch.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.model.table.CollectingRecordSink;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableSummary;

class SyntheticSsda903Test {

    @TempDir
    Path dir;

    @Test
    void theSyntheticLaReadsCleanlyAndItsOpenEpisodesReappearTheNextYear() throws Exception {
        SyntheticSsda903.Written written = SyntheticSsda903.write(dir, 7, 2020, 5, 300);
        CollectingRecordSink sink = new CollectingRecordSink();
        Ssda903IngestResult result = Ssda903Ingest.read(dir, sink);

        assertThat(sink.issues()).as("every value valid for its year").isEmpty();
        assertThat(result.collectionYears()).extracting(CollectionYear::label)
                .containsExactly("2020-21", "2021-22", "2022-23", "2023-24", "2024-25");
        for (TableSummary<Ssda903Table> summary : result.summaries()) {
            assertThat(summary.rowsRead()).as(summary.file())
                    .isEqualTo(written.rows(summary.collectionYear().orElseThrow(), summary.table()));
        }
        long episodes = written.rows().values().stream().mapToInt(m -> m.get(Ssda903Table.EPISODES)).sum();
        assertThat(episodes).isBetween(5 * 300L, 5 * 300L + 200);
        assertThat(result.rowsSuperseded(Ssda903Table.EPISODES)).as("episodes open at 31 March").isPositive();
        assertThat(sink.clean(Ssda903Table.HEADER)).filteredOn(r -> r.collectionYear().orElseThrow().startYear() == 2024)
                .extracting(r -> r.text(Ssda903Field.SEX)).containsOnly("M", "F");
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        SyntheticSsda903.write(dir.resolve("a"), 7, 2020, 2, 100);
        SyntheticSsda903.write(dir.resolve("b"), 7, 2020, 2, 100);
        for (String file : new String[] {"2020-21/episodes.csv", "2021-22/reviews.csv", "2021-22/header.csv"}) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
    }
}
