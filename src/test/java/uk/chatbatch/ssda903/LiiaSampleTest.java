package uk.chatbatch.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.SharedSamples;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.CollectingRecordSink;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.model.table.TableSummary;

/**
 * The hand-made dirty 903 fixtures of SocialFinanceDigitalLabs/liia-tools
 * (../shared/samples/liia-tools): an extra TEST_COLUMN, *DUMMY* codes, postcodes without a space,
 * ETHNIC UNKN, a duplicated CHILD, no final newline; and the episodes-fix input with ISO dates,
 * CRLF and extra LA and YEAR columns.
 */
class LiiaSampleTest {

    static final Path LIIA = SharedSamples.path("liia-tools/liiatools");
    static final Path PIPELINE = LIIA.resolve("ssda903_pipeline/spec/samples");
    static final Path FIX_INPUT = LIIA.resolve("spec/s903/samples/SSDA903_episodes_for_testing_fixes_INPUT.csv");

    /** liia-tools names files by the year the collection ends. */
    private static final Ssda903Options LIIA_NAMING = Ssda903Options.defaults().withBareYear(BareYear.END_YEAR);
    private static final CollectionYear Y2019 = CollectionYear.startingIn(2019);

    @Test
    void theDirtyEpisodesAndHeaderReportEveryProblemWhereItIs() {
        CollectingRecordSink sink = new CollectingRecordSink();
        Ssda903IngestResult result = Ssda903Ingest.read(PIPELINE, LIIA_NAMING, sink);

        assertThat(result.collectionYears()).containsExactly(Y2019);
        assertThat(sink.issues()).as("in table order within the year: Header, then Episodes")
                .extracting(Issue::file, Issue::row, Issue::column, Issue::code).containsExactly(
                tuple("SSDA903_2020_header.csv", 3, "CHILD", IssueCode.DUPLICATE_KEY),
                tuple("SSDA903_2020_header.csv", 4, "CHILD", IssueCode.DUPLICATE_KEY),
                tuple("SSDA903_2020_header.csv", 6, "ETHNIC", IssueCode.INVALID_CODE),
                tuple("SSDA903_2020_header.csv", 6, "CHILD", IssueCode.DUPLICATE_KEY),
                tuple("SSDA903_2020_episodes.csv", 1, "TEST_COLUMN", IssueCode.UNRECOGNISED_COLUMN),
                tuple("SSDA903_2020_episodes.csv", 3, "LS", IssueCode.MISSING_VALUE),
                tuple("SSDA903_2020_episodes.csv", 5, "PL_POST", IssueCode.INVALID_POSTCODE),
                tuple("SSDA903_2020_episodes.csv", 6, "RNE", IssueCode.INVALID_CODE));

        Issue unknownEthnic = sink.issues(IssueCode.INVALID_CODE).get(0);
        assertThat(unknownEthnic.rawValue()).isEqualTo("UNKN");
        assertThat(unknownEthnic.message()).isEqualTo("SSDA903_2020_header.csv, row 6, column 'ETHNIC': value 'UNKN'"
                + " is not usable (accepted in 2019-20: WBRI, WIRI, WIRT, WOTH, WROM, MWBC, MWBA, MWAS, MOTH, AIND,"
                + " APKN, ABAN, ...); the value is left empty.");
        assertThat(sink.issues(IssueCode.INVALID_CODE).get(1).rawValue()).isEqualTo("*DUMMY*");
        assertThat(sink.issues(IssueCode.UNRECOGNISED_COLUMN).get(0).message()).isEqualTo("SSDA903_2020_episodes.csv,"
                + " row 1, column 'TEST_COLUMN': not a column of Episodes; the column is ignored.");

        TableSummary<Ssda903Table> header = result.summary(Ssda903Table.HEADER, Y2019).orElseThrow();
        assertThat(header.rowsRead()).as("the last row has no final newline and is still read").isEqualTo(5);
        assertThat(header.rowsClean()).isEqualTo(2);
        assertThat(header.rowsQuarantined()).as("the second and third 689661, the second 249901").isEqualTo(3);
        assertThat(sink.clean(Ssda903Table.HEADER)).extracting(TableRecord::childId, r -> r.date(Ssda903Field.DOB))
                .containsExactly(tuple("689661", LocalDate.of(2015, 7, 11)), tuple("249901", LocalDate.of(2013, 1, 7)));

        TableSummary<Ssda903Table> episodes = result.summary(Ssda903Table.EPISODES, Y2019).orElseThrow();
        assertThat(episodes.rowsRead()).isEqualTo(5);
        assertThat(episodes.rowsClean()).isEqualTo(5);
        assertThat(sink.clean(Ssda903Table.EPISODES)).extracting(r -> r.text(Ssda903Field.PL_POST))
                .as("postcodes without a space are read with one").containsExactly("T28 2WB", "C25 1YT", "C25 1YT",
                        null, "P13 2TR");
        assertThat(sink.issues(IssueCode.COLLECTION_YEAR_MISMATCH)).isEmpty();
    }

    @Test
    void theEpisodesFixInputHasIsoDatesCrlfAndExtraColumnsAndNoYearInItsName() {
        CollectingRecordSink sink = new CollectingRecordSink();
        Ssda903IngestResult result = Ssda903Ingest.read(FIX_INPUT, sink);

        TableSummary<Ssda903Table> episodes = result.summaries().get(0);
        assertThat(episodes.table()).isEqualTo(Ssda903Table.EPISODES);
        assertThat(episodes.collectionYear()).isEmpty();
        assertThat(episodes.rowsRead()).isEqualTo(23);
        assertThat(episodes.rowsClean()).isEqualTo(23);
        TableRecord first = sink.clean().get(0);
        assertThat(first.childId()).isEqualTo("NORULE_BAD");
        assertThat(first.date(Ssda903Field.DECOM)).isEqualTo(LocalDate.of(2015, 6, 19));
        assertThat(first.text(Ssda903Field.URN)).as("no CR left on the last value read").isEqualTo("4610000");
        assertThat(sink.issues(IssueCode.UNRECOGNISED_COLUMN)).extracting(Issue::column).containsExactly("LA", "YEAR");
        assertThat(sink.issues(IssueCode.COLLECTION_YEAR_UNKNOWN)).hasSize(1);
        assertThat(sink.issues(IssueCode.INVALID_POSTCODE)).as("liia's made-up postcodes such as 'ABC 1'; one row"
                + " has none").hasSize(44);
    }

    @Test
    void aCinCensusFileInTheSameTreeIsNotTakenFor903() {
        CollectingRecordSink sink = new CollectingRecordSink();
        Ssda903IngestResult result = Ssda903Ingest.read(LIIA, LIIA_NAMING, sink);

        assertThat(result.unrecognisedFiles()).containsExactly("cin_census_pipeline/spec/samples/cin-2022.xml");
        assertThat(sink.issues(IssueCode.UNRECOGNISED_FILE).get(0).message()).isEqualTo(
                "cin_census_pipeline/spec/samples/cin-2022.xml: holds no CHILD elements of the 903 XML form"
                        + " (root element 'Message'); the file is ignored.");
        assertThat(result.summaries()).extracting(TableSummary::file).containsExactly(
                "ssda903_pipeline/spec/samples/SSDA903_2020_header.csv",
                "ssda903_pipeline/spec/samples/SSDA903_2020_episodes.csv",
                "spec/s903/samples/SSDA903_episodes_for_testing_fixes_INPUT.csv");
    }
}
