package uk.chatbatch.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.CollectingRecordSink;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.model.table.TableSummary;

/**
 * Which row wins when a record appears in more than one collection year, and how each file's
 * collection year is decided.
 */
class Ssda903PrecedenceTest {

    private static final CollectionYear Y2019 = CollectionYear.startingIn(2019);
    private static final CollectionYear Y2020 = CollectionYear.startingIn(2020);

    @TempDir
    Path dir;

    private final CollectingRecordSink sink = new CollectingRecordSink();

    @Test
    void anEpisodeOpenAt31MarchAppearsAgainNextYearAndTheLaterYearsVersionWins() {
        Csv903.write(dir, "2019-20/episodes.csv", Csv903.EPISODES,
                "1001,01/06/2019,S,C2,N1,U4,PR1,,,,,,",                 // open at 31 March 2020
                "1002,01/07/2019,S,C2,N1,U4,PR1,01/08/2019,E11,,,,");    // closed within 2019-20
        Csv903.write(dir, "2020-21/episodes.csv", Csv903.EPISODES,
                "1001,01/06/2019,S,C2,N1,U4,PR1,10/05/2020,X1,CARPL,,,", // the same episode, now closed
                "1001,10/05/2020,P,C2,N1,U6,PR4,,,,,,");
        Ssda903IngestResult result = Ssda903Ingest.read(dir, sink);

        assertThat(sink.clean(Ssda903Table.EPISODES, "1001"))
                .extracting(r -> r.date(Ssda903Field.DECOM), r -> r.date(Ssda903Field.DEC), TableRecord::collectionYear)
                .containsExactly(
                        tuple(LocalDate.of(2019, 6, 1), LocalDate.of(2020, 5, 10), Optional.of(Y2020)),
                        tuple(LocalDate.of(2020, 5, 10), null, Optional.of(Y2020)));
        assertThat(sink.superseded()).extracting(TableRecord::childId, r -> r.source().row()).containsExactly(
                tuple("1001", 2));
        assertThat(sink.supersededBy()).containsExactly(Y2020);
        assertThat(sink.clean(Ssda903Table.EPISODES, "1002")).hasSize(1);

        TableSummary<Ssda903Table> earlier = result.summary(Ssda903Table.EPISODES, Y2019).orElseThrow();
        assertThat(earlier.rowsRead()).isEqualTo(2);
        assertThat(earlier.rowsClean()).as("rows read = clean + quarantined still holds").isEqualTo(2);
        assertThat(earlier.rowsSuperseded()).isEqualTo(1);
        assertThat(earlier.rowsKept()).isEqualTo(1);
        assertThat(result.summary(Ssda903Table.EPISODES, Y2020).orElseThrow().rowsSuperseded()).isZero();
        assertThat(result.rowsKept(Ssda903Table.EPISODES)).isEqualTo(3);
    }

    @Test
    void laterYearsAreReadFirstSoTheSinkSeesTheWinnerBeforeWhatItSupersedes() {
        Csv903.write(dir, "2017/header.csv", Csv903.HEADER, "1001,1,01/02/2010,WBRI,UN1,,");
        Csv903.write(dir, "2018/header.csv", Csv903.HEADER, "1001,1,01/02/2010,WIRI,UN1,,");
        Csv903.write(dir, "2019/header.csv", Csv903.HEADER, "1001,1,01/02/2010,WOTH,UN1,,");
        Ssda903IngestResult result = Ssda903Ingest.read(dir, sink);

        assertThat(sink.clean()).extracting(r -> r.text(Ssda903Field.ETHNIC)).containsExactly("WOTH");
        assertThat(sink.superseded()).extracting(r -> r.text(Ssda903Field.ETHNIC)).containsExactly("WIRI", "WBRI");
        assertThat(sink.supersededBy()).as("each is superseded by the latest year holding the key")
                .containsExactly(Y2019, Y2019);
        assertThat(result.summaries()).extracting(s -> s.collectionYear().orElseThrow().label())
                .containsExactly("2019-20", "2018-19", "2017-18");
        assertThat(result.collectionYears()).extracting(CollectionYear::label)
                .containsExactly("2017-18", "2018-19", "2019-20");
    }

    /** The same record (by the table's key) in two consecutive years, with one other value changed. */
    @ParameterizedTest
    @EnumSource(Ssda903Table.class)
    void everyTablesKeyAndPrecedence(Ssda903Table table) {
        Csv903.write(dir, "2023-24/" + table.title() + ".csv", String.join(",", table.headers()),
                ValidRows.row(table, "1001", "A"), ValidRows.row(table, "1002", "A"));
        Csv903.write(dir, "2024-25/" + table.title() + ".csv", String.join(",", table.headers()),
                ValidRows.row(table, "1001", "B"));
        Ssda903IngestResult result = Ssda903Ingest.read(dir, sink);

        assertThat(sink.issues()).as("the rows are valid").isEmpty();
        CollectionYear earlier = CollectionYear.startingIn(2023);
        CollectionYear later = CollectionYear.startingIn(2024);
        if (table.precedence() == Ssda903Table.Precedence.LATEST_YEAR) {
            assertThat(sink.clean(table, "1001")).extracting(TableRecord::collectionYear)
                    .containsExactly(Optional.of(later));
            assertThat(sink.superseded()).extracting(TableRecord::childId).containsExactly("1001");
            assertThat(result.summary(table, earlier).orElseThrow().rowsSuperseded()).isEqualTo(1);
        } else {
            assertThat(sink.clean(table, "1001")).as("an outcome of each year")
                    .extracting(TableRecord::collectionYear).containsExactly(Optional.of(later), Optional.of(earlier));
            assertThat(sink.superseded()).isEmpty();
        }
        assertThat(sink.clean(table, "1002")).hasSize(1);
    }

    @Test
    void aRecordWhoseKeyDateChangedIsANewRecordNotASupersession() {
        Csv903.write(dir, "2019-20/reviews.csv", Csv903.REVIEWS, "1001,01/02/2010,01/06/2019,PN1");
        Csv903.write(dir, "2020-21/reviews.csv", Csv903.REVIEWS, "1001,01/02/2010,02/06/2019,PN1");
        Ssda903Ingest.read(dir, sink);

        assertThat(sink.clean(Ssda903Table.REVIEWS)).hasSize(2);
        assertThat(sink.superseded()).isEmpty();
    }

    @Test
    void theSameKeyTwiceInOneYearIsADuplicateAndTheSecondIsQuarantined() {
        Csv903.write(dir, "2019-20/header.csv", Csv903.HEADER,
                "1001,1,01/02/2010,WBRI,UN1,,",
                "1001,2,01/02/2012,WBRI,UN2,,");
        Ssda903IngestResult result = Ssda903Ingest.read(dir, sink);

        assertThat(sink.clean()).extracting(r -> r.text(Ssda903Field.SEX)).containsExactly("M");
        assertThat(sink.quarantined()).hasSize(1);
        Issue duplicate = sink.quarantined().get(0).issues().get(0);
        assertThat(duplicate.code()).isEqualTo(IssueCode.DUPLICATE_KEY);
        assertThat(duplicate.message()).isEqualTo("2019-20/header.csv, row 3, column 'CHILD': a second row for the"
                + " same CHILD in SSDA903 Header 2019-20; the first is kept and this row is quarantined.");
        assertThat(duplicate.rawValue()).isEqualTo("[masked, 4 characters]");
        TableSummary<Ssda903Table> summary = result.summary(Ssda903Table.HEADER, Y2019).orElseThrow();
        assertThat(summary.rowsRead()).isEqualTo(2);
        assertThat(summary.rowsQuarantined()).isEqualTo(1);
    }

    @Test
    void aSecondFileForTheSameTableAndYearIsIgnoredWithAnIssue() {
        Csv903.write(dir, "2019/episodes.csv", Csv903.EPISODES, "1001,01/06/2019,S,C2,N1,U4,PR1,,,,,,");
        Csv903.write(dir, "2019-episodes.csv", Csv903.EPISODES, "1002,01/06/2019,S,C2,N1,U4,PR1,,,,,,");
        Ssda903IngestResult result = Ssda903Ingest.read(dir, sink);

        assertThat(sink.clean()).extracting(TableRecord::childId).containsExactly("1002");
        Issue issue = sink.issues(IssueCode.DUPLICATE_TABLE).get(0);
        assertThat(issue.message()).isEqualTo("2019/episodes.csv: holds SSDA903 Episodes 2019-20, already read from"
                + " 2019-episodes.csv; this file's Episodes rows are ignored.");
        assertThat(result.summaries(Ssda903Table.EPISODES)).extracting(TableSummary::status)
                .containsExactly("read", "ignored: SSDA903 Episodes 2019-20 already read from 2019-episodes.csv");
    }

    @Test
    void aFileWithoutAYearTakesPartInNoPrecedence() {
        Csv903.write(dir, "2019-20/header.csv", Csv903.HEADER, "1001,1,01/02/2010,WBRI,UN1,,");
        Csv903.write(dir, "extra/header.csv", Csv903.HEADER, "1001,1,01/02/2010,WIRI,UN1,,");
        Ssda903IngestResult result = Ssda903Ingest.read(dir, sink);

        assertThat(sink.clean()).extracting(r -> r.text(Ssda903Field.ETHNIC), TableRecord::collectionYear)
                .containsExactly(tuple("WBRI", Optional.of(Y2019)), tuple("WIRI", Optional.empty()));
        assertThat(sink.issues(IssueCode.COLLECTION_YEAR_UNKNOWN)).extracting(Issue::file)
                .containsExactly("extra/header.csv");
        assertThat(result.collectionYears()).containsExactly(Y2019);
    }

    @Test
    void yearsComeFromFolderOrFileNamesWithTheNearestLabelWinning() {
        Csv903.write(dir, "2017/episodes.csv", Csv903.EPISODES, "1,01/06/2017,S,C2,N1,U4,PR1,,,,,,");
        Csv903.write(dir, "2018-header.csv", Csv903.HEADER, "2,1,01/02/2010,WBRI,UN1,,");
        Csv903.write(dir, "SSDA903_2019_reviews.csv", Csv903.REVIEWS, "3,01/02/2010,01/06/2019,PN1");
        Csv903.write(dir, "returns/2020-21/uasc.csv", Csv903.UASC, "4,1,01/02/2010,");
        Csv903.write(dir, "2021/2022-oc3.csv", Csv903.OC3, "5,01/02/2003,YES,F1,U1");
        Ssda903IngestResult result = Ssda903Ingest.read(dir, sink);

        assertThat(result.summaries()).extracting(TableSummary::file, s -> s.collectionYear().orElseThrow().label(),
                TableSummary::yearBasis).containsExactly(
                tuple("2021/2022-oc3.csv", "2022-23", "file name '2022-oc3.csv' ('2022' read as 2022-23)"),
                tuple("returns/2020-21/uasc.csv", "2020-21", "folder name '2020-21' ('2020-21' read as 2020-21)"),
                tuple("SSDA903_2019_reviews.csv", "2019-20",
                        "file name 'SSDA903_2019_reviews.csv' ('2019' read as 2019-20)"),
                tuple("2018-header.csv", "2018-19", "file name '2018-header.csv' ('2018' read as 2018-19)"),
                tuple("2017/episodes.csv", "2017-18", "folder name '2017' ('2017' read as 2017-18)"));
        assertThat(sink.issues(IssueCode.COLLECTION_YEAR_CONFLICT)).extracting(Issue::message).containsExactly(
                "2021/2022-oc3.csv: the file name '2022-oc3.csv' gives 2022-23 but the folder name '2021' gives"
                        + " 2021-22; 2022-23 (the nearer) is used.");
    }

    @Test
    void aBareYearCanBeReadAsTheYearTheCollectionEndsAndAnyYearCanBeSet() {
        Csv903.write(dir, "2020-header.csv", Csv903.HEADER, "1,1,01/02/2010,WBRI,UN1,,");
        Csv903.write(dir, "2019-20-reviews.csv", Csv903.REVIEWS, "1,01/02/2010,01/06/2019,PN1");

        Ssda903IngestResult liiaStyle = Ssda903Ingest.read(dir, Ssda903Options.defaults().withBareYear(BareYear.END_YEAR),
                new CollectingRecordSink());
        assertThat(liiaStyle.summaries()).extracting(s -> s.collectionYear().orElseThrow().label())
                .as("2020 is the year ending March 2020; 2019-20 is never ambiguous")
                .containsExactly("2019-20", "2019-20");

        Ssda903IngestResult fixed = Ssda903Ingest.read(dir,
                Ssda903Options.defaults().withFixedYear(CollectionYear.parse("2015-16")), new CollectingRecordSink());
        assertThat(fixed.summaries()).extracting(s -> s.collectionYear().orElseThrow().label(),
                TableSummary::yearBasis).containsOnly(tuple("2015-16", "option setting the year"));
    }

    @Test
    void aFileWhoseDatesDoNotFitItsYearSaysTheLabelMayFollowTheOtherConvention() {
        // liia-tools labels a file by the year its collection ends; read by start year it is a year late.
        Csv903.write(dir, "SSDA903_2020_episodes.csv", Csv903.EPISODES,
                "1,02/12/2018,S,C2,N1,U4,PR1,16/05/2019,E8,,,,",
                "2,30/03/2019,S,C2,N1,U4,PR1,10/04/2019,E8,,,,");
        Ssda903Ingest.read(dir, sink);
        assertThat(sink.issues(IssueCode.COLLECTION_YEAR_MISMATCH)).extracting(Issue::message).containsExactly(
                "SSDA903_2020_episodes.csv: no episode is open at any time in 2020-21 (every one ended before"
                        + " 01/04/2020); the collection year came from the file name 'SSDA903_2020_episodes.csv'"
                        + " ('2020' read as 2020-21). If the name gives the year the collection ends (or starts),"
                        + " read it with that convention or set the year.");

        CollectingRecordSink liia = new CollectingRecordSink();
        Ssda903Ingest.read(dir, Ssda903Options.defaults().withBareYear(BareYear.END_YEAR), liia);
        assertThat(liia.issues(IssueCode.COLLECTION_YEAR_MISMATCH)).as("read as 2019-20 the dates fit").isEmpty();
    }

    @Test
    void aFileWhoseEventsMostlyFallAfterItsYearIsAlsoReported() {
        // cs-demand-model labels by start year; read as an end year, its events run a year past it.
        Csv903.write(dir, "2017-missing.csv", Csv903.MISSING,
                "1,02/05/2007,M,26/02/2018,11/03/2018",
                "2,15/12/2008,M,27/10/2017,01/11/2017",
                "3,09/05/2009,A,11/05/2017,21/06/2017");
        Ssda903Ingest.read(dir, Ssda903Options.defaults().withBareYear(BareYear.END_YEAR), sink);

        assertThat(sink.issues(IssueCode.COLLECTION_YEAR_MISMATCH)).extracting(Issue::message).containsExactly(
                "2017-missing.csv: 3 of 3 rows have dates after 2016-17 ended on 31/03/2017 (the latest 11/03/2018);"
                        + " the collection year came from the file name '2017-missing.csv' ('2017' read as 2016-17)."
                        + " If the name gives the year the collection ends (or starts), read it with that convention"
                        + " or set the year.");
    }

    @Test
    void aNameWithTwoDifferentYearsGivesNoYear() {
        Csv903.write(dir, "header_2019_to_2021.csv", Csv903.HEADER, "1,1,01/02/2010,WBRI,UN1,,");
        Ssda903IngestResult result = Ssda903Ingest.read(dir, sink);

        assertThat(result.summaries().get(0).collectionYear()).isEmpty();
        assertThat(sink.issues()).extracting(Issue::code).containsExactly(IssueCode.COLLECTION_YEAR_CONFLICT,
                IssueCode.COLLECTION_YEAR_UNKNOWN);
        assertThat(sink.issues().get(0).message()).isEqualTo("header_2019_to_2021.csv: the file name"
                + " 'header_2019_to_2021.csv' holds more than one year label ('2019', '2021'), so no collection year"
                + " is taken from it; rename it or set the year.");
    }

    /**
     * Valid rows for every table: variant A for 2023-24, variant B for 2024-25 (SEX is written 1/2
     * in the first and M/F in the second).
     */
    static final class ValidRows {

        private ValidRows() {
        }

        /** A valid row; the variant changes one value that is not part of the key. */
        static String row(Ssda903Table table, String child, String variant) {
            boolean a = variant.equals("A");
            return switch (table) {
                case HEADER -> child + (a ? ",1,01/02/2010,WBRI" : ",M,01/02/2010,WIRI") + ",UN1,,";
                case EPISODES -> child + ",01/06/2023,S,C2,N1,U4,PR1," + (a ? "," : "10/06/2024,E8") + ",,,,";
                case REVIEWS -> child + ",01/02/2010,01/06/2023," + (a ? "PN1" : "PN2");
                case UASC -> child + (a ? ",2,01/02/2010," : ",F,01/02/2010,01/02/2028");
                case OC2 -> child + ",01/02/2010," + (a ? "12" : "14") + ",,0,1,1,1,1,0,,";
                case OC3 -> child + ",01/02/2004,YES," + (a ? "F1" : "F2") + ",U1";
                case AD1 -> child + ",01/02/2020,01/03/2023,01/04/2023,0,1," + (a ? "F1" : "M1") + ",L0";
                case PLACED_ADOPTION -> child + ",01/02/2020,01/03/2023," + (a ? "," : "01/05/2024,RD1");
                case PREV_PERM -> child + ",01/02/2015,P1,," + (a ? "ZZ/05/2021" : "14/05/2021");
                case MISSING -> child + ",01/02/2010,M,01/03/2024," + (a ? "" : "04/03/2024");
                case SW_EPISODES -> child + ",01/02/2010,SW123,01/06/2023," + (a ? "," : "01/06/2024,LEFTRL");
                case DOLO -> child + ",01/02/2010,01/06/2023," + (a ? "" : "01/06/2024");
            };
        }
    }

    @Test
    void validRowsCoverEveryTable() {
        assertThat(List.of(Ssda903Table.values())).allSatisfy(t ->
                assertThat(ValidRows.row(t, "1", "A").split(",", -1)).hasSize(t.columns().size()));
    }
}
