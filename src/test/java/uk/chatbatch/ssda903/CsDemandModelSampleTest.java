package uk.chatbatch.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.chatbatch.SharedSamples;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.CollectingRecordSink;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.model.table.TableSummary;

/**
 * Five consecutive years of one synthetic LA from data-to-insight/cs-demand-model
 * (../shared/samples/cs-demand-model): files named by the year the collection starts
 * ("2017-episodes.csv" is 1 April 2017 to 31 March 2018), episodes open at 31 March appearing again
 * the next year, MOTHER written 1.0.
 */
class CsDemandModelSampleTest {

    static final Path COMBINED = SharedSamples.path("cs-demand-model/cs_demand_model_samples/combined");
    static final Map<String, Ssda903Table> FILES = Map.of("episodes", Ssda903Table.EPISODES,
            "header", Ssda903Table.HEADER, "reviews", Ssda903Table.REVIEWS, "uasc", Ssda903Table.UASC,
            "oc2", Ssda903Table.OC2, "oc3", Ssda903Table.OC3, "missing", Ssda903Table.MISSING,
            "previous_permanence", Ssda903Table.PREV_PERM);

    static CollectingRecordSink sink;
    static Ssda903IngestResult result;

    @BeforeAll
    static void read() {
        sink = new CollectingRecordSink();
        result = Ssda903Ingest.read(COMBINED, sink);
    }

    private static CollectionYear year(int start) {
        return CollectionYear.startingIn(start);
    }

    private static List<String[]> rows(String file) throws IOException {
        return Files.readAllLines(COMBINED.resolve(file)).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",", -1)).toList();
    }

    @Test
    void fiveCollectionYearsAreFoundFromTheFileNamesByStartYear() {
        assertThat(result.collectionYears()).extracting(CollectionYear::label)
                .containsExactly("2017-18", "2018-19", "2019-20", "2020-21", "2021-22");
        assertThat(result.unrecognisedFiles()).isEmpty();
        assertThat(result.summaries()).hasSize(40).allSatisfy(s -> assertThat(s.wasRead()).isTrue());
    }

    @Test
    void everyRowOfEveryFileIsReadAndAccountedFor() throws IOException {
        for (int start = 2017; start <= 2021; start++) {
            for (Map.Entry<String, Ssda903Table> file : FILES.entrySet()) {
                TableSummary<Ssda903Table> summary = result.summary(file.getValue(), year(start)).orElseThrow();
                assertThat(summary.file()).isEqualTo(start + "-" + file.getKey() + ".csv");
                assertThat(summary.rowsRead()).as(summary.file())
                        .isEqualTo(rows(start + "-" + file.getKey() + ".csv").size());
                assertThat(summary.rowsRead()).isEqualTo(summary.rowsClean() + summary.rowsQuarantined());
            }
        }
        assertThat(result.summary(Ssda903Table.EPISODES, year(2017)).orElseThrow().rowsRead()).isEqualTo(1460);
        assertThat(result.summary(Ssda903Table.EPISODES, year(2021)).orElseThrow().rowsRead()).isEqualTo(253);
        assertThat(result.summary(Ssda903Table.HEADER, year(2017)).orElseThrow().rowsRead()).isEqualTo(819);
        long read = result.summaries().stream().mapToLong(TableSummary::rowsRead).sum();
        assertThat(sink.clean().size() + sink.superseded().size() + sink.quarantined().size()).isEqualTo((int) read);
    }

    @Test
    void anEpisodeOpenAt31March2018AppearsAgainIn2018To19AndThatVersionWins() {
        List<TableRecord> kept = sink.clean(Ssda903Table.EPISODES, "296227");
        assertThat(kept).extracting(r -> r.date(Ssda903Field.DECOM), r -> r.date(Ssda903Field.DEC),
                r -> r.collectionYear().orElseThrow().label()).containsExactlyInAnyOrder(
                tuple(LocalDate.of(2017, 9, 11), LocalDate.of(2017, 9, 13), "2017-18"),
                tuple(LocalDate.of(2017, 9, 13), LocalDate.of(2018, 10, 2), "2018-19"),
                tuple(LocalDate.of(2018, 10, 2), LocalDate.of(2018, 11, 1), "2018-19"));
        assertThat(sink.superseded()).filteredOn(r -> r.table() == Ssda903Table.EPISODES && r.childId().equals("296227"))
                .extracting(r -> r.date(Ssda903Field.DECOM), r -> r.date(Ssda903Field.DEC), r -> r.source().file())
                .containsExactly(tuple(LocalDate.of(2017, 9, 13), null, "2017-episodes.csv"));
        assertThat(sink.clean(Ssda903Table.HEADER, "296227")).extracting(r -> r.collectionYear().orElseThrow().label())
                .as("the child's header: the latest year that has it").containsExactly("2018-19");
    }

    @Test
    void afterPrecedenceEachEpisodeIsKeptOnceAndNothingIsLost() throws IOException {
        Set<String> distinct = new HashSet<>();
        long rows = 0;
        for (int start = 2017; start <= 2021; start++) {
            for (String[] row : rows(start + "-episodes.csv")) {
                distinct.add(row[0] + "|" + row[1]);
                rows++;
            }
        }
        assertThat(result.rowsKept(Ssda903Table.EPISODES)).isEqualTo(distinct.size());
        assertThat(result.rowsSuperseded(Ssda903Table.EPISODES)).isEqualTo(rows - distinct.size()).isEqualTo(910);
        assertThat(result.summaries(Ssda903Table.EPISODES)).extracting(s -> s.collectionYear().orElseThrow().label(),
                TableSummary::rowsSuperseded).containsExactly(
                tuple("2021-22", 0L), tuple("2020-21", 84L), tuple("2019-20", 157L), tuple("2018-19", 235L),
                tuple("2017-18", 434L));
        assertThat(sink.clean(Ssda903Table.OC2)).as("outcomes are kept for each year").hasSize(670 + 572 + 362 + 226 + 144);
    }

    @Test
    void motherWrittenAsADecimalIsReadAsAFlag() {
        TableRecord mother = sink.clean(Ssda903Table.HEADER, "398768").get(0);
        assertThat(mother.collectionYear()).contains(year(2017));
        assertThat(mother.text(Ssda903Field.MOTHER)).isEqualTo("1");
        assertThat(mother.date(Ssda903Field.MC_DOB)).isEqualTo(LocalDate.of(2017, 11, 21));
        assertThat(sink.issues()).noneMatch(i -> i.column().equals("MOTHER"));
    }

    @Test
    void theSamplesMessIsReported() {
        Map<String, Long> byCode = sink.issues().stream()
                .collect(Collectors.groupingBy(i -> i.code().column() + " " + i.column(), Collectors.counting()));
        assertThat(byCode).containsExactlyInAnyOrderEntriesOf(Map.of(
                "invalid_code ACCOM", 37L,
                "code_not_valid_in_year ACTIV", 6L,
                "duplicate_key CHILD", 5L,
                "collection_year_mismatch ", 2L));
        assertThat(sink.issues(IssueCode.INVALID_CODE)).extracting(Issue::rawValue).containsOnly("01", "02", "S1");
        assertThat(sink.issues(IssueCode.CODE_NOT_VALID_IN_YEAR)).extracting(Issue::list, Issue::rawValue)
                .as("the older training codes in 2021-22").containsOnly(tuple("SSDA903 OC3 2021-22", "F3"),
                        tuple("SSDA903 OC3 2021-22", "P3"));
        assertThat(sink.issues(IssueCode.DUPLICATE_KEY)).extracting(Issue::list).containsOnly(
                "SSDA903 Reviews 2017-18", "SSDA903 Reviews 2018-19", "SSDA903 Reviews 2019-20",
                "SSDA903 Reviews 2021-22");
        assertThat(sink.issues(IssueCode.COLLECTION_YEAR_MISMATCH)).extracting(Issue::file)
                .as("the synthetic reviews run to 2027").containsExactly("2018-reviews.csv", "2017-reviews.csv");
        assertThat(sink.quarantined()).hasSize(5);
    }

    @Test
    void readByTheOtherConventionTheDatesSayTheYearsAreWrong() {
        CollectingRecordSink endYear = new CollectingRecordSink();
        Ssda903IngestResult misread = Ssda903Ingest.read(COMBINED,
                Ssda903Options.defaults().withBareYear(BareYear.END_YEAR), endYear);
        assertThat(misread.collectionYears().get(0)).isEqualTo(year(2016));
        assertThat(endYear.issues(IssueCode.COLLECTION_YEAR_MISMATCH)).extracting(Issue::file)
                .contains("2017-episodes.csv", "2017-missing.csv");
        assertThat(endYear.clean(Ssda903Table.EPISODES, "296227").get(0).collectionYear())
                .isEqualTo(Optional.of(year(2017)));
    }
}
