package uk.chatbatch.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.CollectingRecordSink;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.PartialDate;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.model.table.TableSummary;

class Ssda903CsvIngestTest {

    private static final CollectionYear Y2019 = CollectionYear.startingIn(2019);

    @TempDir
    Path dir;

    private final CollectingRecordSink sink = new CollectingRecordSink();

    private Ssda903IngestResult ingest() {
        return Ssda903Ingest.read(dir, sink);
    }

    private Issue only(IssueCode code) {
        assertThat(sink.issues(code)).hasSize(1);
        return sink.issues(code).get(0);
    }

    @Test
    void aByteOrderMarkCrlfAndBlankLinesAreNotRowsAndRowNumbersAreAsASpreadsheetShowsThem() {
        Csv903.writeRaw(dir, "2019-20/header.csv", "\uFEFF" + Csv903.HEADER + "\r\n"
                + "1001,1,01/02/2010,WBRI,A123456789012,,\r\n"
                + "\r\n"
                + "1002,2,03/04/2011,WIRI,UN1,,\r\n"
                + "\r\n\r\n");
        Ssda903IngestResult result = ingest();

        TableSummary<Ssda903Table> header = result.summary(Ssda903Table.HEADER, Y2019).orElseThrow();
        assertThat(header.rowsRead()).isEqualTo(2);
        assertThat(header.rowsClean()).isEqualTo(2);
        assertThat(sink.clean()).extracting(r -> r.source().row()).containsExactly(2, 4);
        assertThat(sink.clean().get(0).childId()).as("no BOM stuck to the first header or value").isEqualTo("1001");
        assertThat(sink.clean().get(1).text(Ssda903Field.UPN)).as("no CR left on the last value").isEqualTo("UN1");
        assertThat(sink.issues()).isEmpty();
    }

    @Test
    void aFileIsRecognisedByItsColumnsNotItsName() {
        Csv903.write(dir, "2019-20/children.csv", Csv903.EPISODES,
                "1001,01/05/2019,S,C2,N1,U4,PR1,,,,AB1 2CD,AB3 4EF,SC123456");
        Csv903.write(dir, "2019-20/Copy of header (2).csv", "CHILD,SEX,DOB,ETHNIC,UPN,MC_DOB,MOTHER",
                "1001,1,01/02/2010,WBRI,UN1,,");
        Ssda903IngestResult result = ingest();

        assertThat(result.summary(Ssda903Table.EPISODES, Y2019).orElseThrow().file()).isEqualTo("2019-20/children.csv");
        assertThat(result.summary(Ssda903Table.HEADER, Y2019).orElseThrow().rowsClean())
                .as("columns in another order").isEqualTo(1);
    }

    @Test
    void aFileMatchingNoTableIsReportedWithItsHeadersAndTheOthersAreStillRead() {
        Csv903.write(dir, "2019-20/notes.csv", "Name,Comment", "x,y");
        Csv903.write(dir, "2019-20/header.csv", Csv903.HEADER, "1001,1,01/02/2010,WBRI,UN1,,");
        Ssda903IngestResult result = ingest();

        Issue issue = only(IssueCode.UNRECOGNISED_FILE);
        assertThat(issue.file()).isEqualTo("2019-20/notes.csv");
        assertThat(issue.message()).isEqualTo(
                "2019-20/notes.csv: its columns (Name, Comment) match no SSDA903 table; the file is ignored.");
        assertThat(result.unrecognisedFiles()).containsExactly("2019-20/notes.csv");
        assertThat(result.summary(Ssda903Table.HEADER, Y2019).orElseThrow().rowsClean()).isEqualTo(1);
    }

    @Test
    void aUtf16FileIsToldToBeSavedAsUtf8() {
        byte[] text = (Csv903.HEADER + "\n1001,1,01/02/2010,WBRI,UN1,,\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Csv903.writeBytes(dir, "2019-20/header.csv", withBom);
        Csv903.write(dir, "2019-20/reviews.csv", Csv903.REVIEWS, "1001,01/02/2010,01/06/2019,PN1");
        ingest();

        assertThat(only(IssueCode.UNRECOGNISED_FILE).message()).contains("UTF-16").contains("save it as UTF-8");
    }

    @Test
    void aMissingColumnSkipsTheFileWithAnIssuePerColumnAndTheRunGoesOn() {
        Csv903.write(dir, "2019-20/episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,HOME_POST",
                "1001,01/05/2019,S,C2,N1,U4,PR1,,,AB1 2CD");
        Csv903.write(dir, "2019-20/header.csv", Csv903.HEADER, "1001,1,01/02/2010,WBRI,UN1,,");
        Ssda903IngestResult result = ingest();

        assertThat(sink.issues(IssueCode.MISSING_REQUIRED_COLUMN)).extracting(Issue::column)
                .containsExactly("REASON_PLACE_CHANGE", "PL_POST", "URN");
        TableSummary<Ssda903Table> episodes = result.summaries(Ssda903Table.EPISODES).get(0);
        assertThat(episodes.wasRead()).isFalse();
        assertThat(episodes.status()).isEqualTo(
                "skipped: column 'REASON_PLACE_CHANGE', 'PL_POST', 'URN' missing from 2019-20/episodes.csv");
        assertThat(result.summary(Ssda903Table.HEADER, Y2019)).isPresent();
    }

    @Test
    void rowsWithoutAChildOrKeyDateAreQuarantinedAndOtherBadValuesAreLeftEmpty() {
        Csv903.write(dir, "2019-20/episodes.csv", Csv903.EPISODES,
                ",01/05/2019,S,C2,N1,U4,PR1,,,,,,",                          // row 2: no CHILD
                "1002,31/02/2019,S,C2,N1,U4,PR1,,,,,,",                      // row 3: DECOM is no date
                "1003,01/06/2019,*DUMMY*,C2,N1,U4,PR1,32/13/2019,X1,,,2TR,",  // row 4: bad RNE, DEC, PL_POST
                "1004,01/07/2019,S,,N1,U4,PR1,,,,c251yt,,");                  // row 5: blank LS
        Ssda903IngestResult result = ingest();

        TableSummary<Ssda903Table> episodes = result.summary(Ssda903Table.EPISODES, Y2019).orElseThrow();
        assertThat(episodes.rowsRead()).isEqualTo(4);
        assertThat(episodes.rowsClean()).isEqualTo(2);
        assertThat(episodes.rowsQuarantined()).isEqualTo(2);
        assertThat(sink.quarantined()).extracting(q -> q.source().row()).containsExactly(2, 3);
        assertThat(sink.quarantined().get(0).issues()).extracting(Issue::code)
                .containsExactly(IssueCode.MISSING_IDENTIFIER);
        assertThat(sink.quarantined().get(1).issues()).extracting(Issue::code)
                .containsExactly(IssueCode.INVALID_EVENT_DATE);
        assertThat(sink.quarantined().get(1).rawValues()).as("kept as found, to fix at source")
                .startsWith("1002", "31/02/2019", "S");

        TableRecord dummy = sink.clean(Ssda903Table.EPISODES, "1003").get(0);
        assertThat(dummy.text(Ssda903Field.RNE)).isNull();
        assertThat(dummy.date(Ssda903Field.DEC)).isNull();
        assertThat(dummy.text(Ssda903Field.PL_POST)).isNull();
        assertThat(dummy.text(Ssda903Field.REC)).isEqualTo("X1");
        assertThat(dummy.date(Ssda903Field.DECOM)).isEqualTo(LocalDate.of(2019, 6, 1));
        Issue rne = sink.issues().stream().filter(i -> i.column().equals("RNE")).findFirst().orElseThrow();
        assertThat(rne.message()).isEqualTo("2019-20/episodes.csv, row 4, column 'RNE': value '*DUMMY*' is not usable"
                + " (accepted in 2019-20: S, L, P, T, B, U); the value is left empty.");
        assertThat(rne.list()).isEqualTo("SSDA903 Episodes 2019-20");
        assertThat(rne.sheet()).isEqualTo("episodes.csv");
        assertThat(rne.row()).isEqualTo(4);
        Issue postcode = sink.issues().stream().filter(i -> i.code() == IssueCode.INVALID_POSTCODE).findFirst()
                .orElseThrow();
        assertThat(postcode.rawValue()).as("postcodes identify a child").isEqualTo("[masked, 3 characters]");

        TableRecord blankLs = sink.clean(Ssda903Table.EPISODES, "1004").get(0);
        assertThat(blankLs.text(Ssda903Field.HOME_POST)).as("postcode without a space, any case").isEqualTo("C25 1YT");
        assertThat(only(IssueCode.MISSING_VALUE).message())
                .isEqualTo("2019-20/episodes.csv, row 5, column 'LS': blank where the SSDA903 specification requires"
                        + " a value.");
    }

    @Test
    void spreadsheetNumbersIsoDatesAndLeadingZeros() {
        Csv903.write(dir, "2019-20/header.csv", Csv903.HEADER,
                "123.0,2,2010-02-01,WBRI,UN1,1.0,2019-12-25",
                "00124,2,01/02/2010,WBRI,UN1,0,");
        ingest();

        TableRecord first = sink.clean().get(0);
        assertThat(first.childId()).isEqualTo("123");
        assertThat(first.text(Ssda903Field.MOTHER)).isEqualTo("1");
        assertThat(first.date(Ssda903Field.DOB)).isEqualTo(LocalDate.of(2010, 2, 1));
        assertThat(first.date(Ssda903Field.MC_DOB)).isEqualTo(LocalDate.of(2019, 12, 25));
        assertThat(sink.clean().get(1).childId()).as("an identifier is text").isEqualTo("00124");
        assertThat(sink.issues()).isEmpty();
    }

    @Test
    void sexIsWrittenByTheFilesCollectionYearAndHeldAsMFU() {
        Csv903.write(dir, "2023-24/header.csv", Csv903.HEADER,
                "1,1,01/02/2010,WBRI,UN1,,",
                "2,2,01/02/2010,WBRI,UN1,,",
                "3,M,01/02/2010,WBRI,UN1,,",
                "4,U,01/02/2010,WBRI,UN1,,");
        Csv903.write(dir, "2024-25/uasc.csv", Csv903.UASC,
                "11,M,01/02/2010,01/02/2028",
                "12,F,01/02/2010,",
                "13,U,01/02/2010,",
                "14,2,01/02/2010,");
        ingest();

        assertThat(sink.clean(Ssda903Table.HEADER)).extracting(r -> r.text(Ssda903Field.SEX))
                .containsExactly("M", "F", "M", null);
        assertThat(sink.clean(Ssda903Table.UASC)).extracting(r -> r.text(Ssda903Field.SEX))
                .containsExactly("M", "F", "U", "F");
        assertThat(sink.issues()).extracting(Issue::code, Issue::row, Issue::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IssueCode.OTHER_YEAR_SPELLING, 5, "2024-25/uasc.csv"),
                org.assertj.core.groups.Tuple.tuple(IssueCode.OTHER_YEAR_SPELLING, 4, "2023-24/header.csv"),
                org.assertj.core.groups.Tuple.tuple(IssueCode.CODE_NOT_VALID_IN_YEAR, 5, "2023-24/header.csv"));
        assertThat(sink.issues().get(0).message()).isEqualTo("2024-25/uasc.csv, row 5, column 'SEX': value '2' is read"
                + " as F ('2' is how F is written up to 2023-24; 2024-25 writes 'F').");
        assertThat(sink.issues().get(2).message()).isEqualTo("2023-24/header.csv, row 5, column 'SEX': value 'U' is"
                + " not usable (U is valid from 2024-25, not in 2023-24; accepted in 2023-24: 1, 2); the value is"
                + " left empty.");
    }

    @Test
    void placementTypesAreCheckedAgainstTheFilesYearAndP2AgainstTheEpisodeStart() {
        String row = ",S,C2,N1,%s,PR4,,,,,,";
        Csv903.write(dir, "2023-24/episodes.csv", Csv903.EPISODES,
                "1" + ",01/06/2023" + row.formatted("K3"),
                "2" + ",01/06/2023" + row.formatted("P2"),
                "3" + ",28/10/2023" + row.formatted("P2"),
                "4" + ",01/06/2023" + row.formatted("H5"));
        Csv903.write(dir, "2024-25/episodes.csv", Csv903.EPISODES,
                "11" + ",01/06/2024" + row.formatted("K3"),
                "12" + ",01/06/2024" + row.formatted("Z11"));
        Csv903.write(dir, "2025-26/episodes.csv", Csv903.EPISODES,
                "21" + ",01/06/2025" + row.formatted("Z11"),
                "22" + ",01/06/2025" + row.formatted("H5"),
                "23" + ",01/06/2025" + row.formatted("Z1"));
        ingest();

        assertThat(sink.clean(Ssda903Table.EPISODES)).extracting(TableRecord::childId, r -> r.text(Ssda903Field.PLACE))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("21", "Z11"),
                        org.assertj.core.groups.Tuple.tuple("22", null),
                        org.assertj.core.groups.Tuple.tuple("23", null),
                        org.assertj.core.groups.Tuple.tuple("11", "K3"),
                        org.assertj.core.groups.Tuple.tuple("12", null),
                        org.assertj.core.groups.Tuple.tuple("1", null),
                        org.assertj.core.groups.Tuple.tuple("2", "P2"),
                        org.assertj.core.groups.Tuple.tuple("3", null),
                        org.assertj.core.groups.Tuple.tuple("4", "H5"));
        assertThat(sink.issues(IssueCode.CODE_NOT_VALID_IN_YEAR)).hasSize(4);
        assertThat(only(IssueCode.CODE_WITHDRAWN_FOR_DATE).message()).isEqualTo("2023-24/episodes.csv, row 4,"
                + " column 'PLACE': value 'P2' may not be used when DECOM is on or after 28/10/2023 (DECOM is"
                + " 28/10/2023); the value is left empty.");
    }

    @Test
    void previousPermanenceDatesWithUnknownPartsAreKeptAsPartialDates() {
        Csv903.write(dir, "2020-21/previous_permanence.csv", Csv903.PREV_PERM,
                "1,01/01/2015,P1,,ZZ/05/2021",
                "2,01/01/2015,P2,316,05/ZZ/2020",
                "3,01/01/2015,P3,WAL,ZZ/ZZ/1993",
                "4,01/01/2015,P1,,14/02/2019",
                "5,01/01/2015,Z1,,",
                "6,01/01/2015,P1,,ZZ/13/2020");
        ingest();

        var rows = sink.clean(Ssda903Table.PREV_PERM);
        PartialDate mayUnknownDay = rows.get(0).partialDate(Ssda903Field.DATE_PERM);
        assertThat(mayUnknownDay.text()).isEqualTo("ZZ/05/2021");
        assertThat(mayUnknownDay.month()).contains(5);
        assertThat(mayUnknownDay.day()).isEmpty();
        assertThat(rows.get(1).partialDate(Ssda903Field.DATE_PERM).day()).contains(5);
        assertThat(rows.get(2).partialDate(Ssda903Field.DATE_PERM).year()).contains(1993);
        assertThat(rows.get(2).text(Ssda903Field.LA_PERM)).isEqualTo("WAL");
        assertThat(rows.get(3).partialDate(Ssda903Field.DATE_PERM).date()).contains(LocalDate.of(2019, 2, 14));
        assertThat(rows.get(4).partialDate(Ssda903Field.DATE_PERM)).isNull();
        assertThat(rows.get(5).partialDate(Ssda903Field.DATE_PERM)).isNull();
        assertThat(only(IssueCode.INVALID_DATE).message()).contains("row 7", "'ZZ/13/2020'",
                "expected dd/mm/yyyy with ZZ for an unknown part");
    }

    @Test
    void valuesThatIdentifyAChildAreMaskedInIssues() {
        Csv903.write(dir, "2019-20/header.csv", Csv903.HEADER, "1001,1,31/02/2010,WBRI,UN1,,");
        ingest();

        Issue dob = only(IssueCode.INVALID_DATE);
        assertThat(dob.rawValue()).isEqualTo("[masked, 10 characters]");
        assertThat(dob.message()).doesNotContain("31/02/2010").contains("[masked, 10 characters]");
    }

    @Test
    void aDuplicateColumnAndAnExtraColumnAreReportedAndIgnored() {
        Csv903.write(dir, "2019-20/reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE,REVIEW,NOTE",
                "1001,01/02/2010,01/06/2019,PN1,02/06/2019,hello");
        ingest();

        assertThat(only(IssueCode.DUPLICATE_COLUMN).column()).isEqualTo("REVIEW");
        assertThat(only(IssueCode.UNRECOGNISED_COLUMN).column()).isEqualTo("NOTE");
        assertThat(sink.clean().get(0).date(Ssda903Field.REVIEW)).as("the first REVIEW column").isEqualTo(
                LocalDate.of(2019, 6, 1));
    }

    @Test
    void anInputThatDoesNotExistOrHoldsNothingStopsTheRunWithOneSentence() {
        assertThatThrownBy(() -> Ssda903Ingest.read(dir.resolve("nope"), sink)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("nope: the SSDA903 input does not exist.");
        assertThatThrownBy(() -> Ssda903Ingest.read(dir, sink)).isInstanceOf(InputException.class)
                .hasMessageContaining("holds no .csv or .xml files");
    }

    @Test
    void anEmptyFileIsReportedAndIgnored() {
        Csv903.writeRaw(dir, "2019-20/header.csv", "\n\n");
        Csv903.write(dir, "2019-20/reviews.csv", Csv903.REVIEWS, "1001,01/02/2010,01/06/2019,PN1");
        Ssda903IngestResult result = ingest();

        assertThat(only(IssueCode.UNRECOGNISED_FILE).message()).isEqualTo("2019-20/header.csv: the file is empty;"
                + " it is ignored.");
        assertThat(result.summaries()).extracting(TableSummary::table).containsExactly(Ssda903Table.REVIEWS);
    }

    @Test
    void anInputWhoseEveryFileIsUnusableStopsTheRunSayingWhyForEach() {
        Csv903.writeRaw(dir, "2019-20/header.csv", "\n\n");
        Csv903.write(dir, "2019-20/notes.csv", "Note,Author", "call back,AB");
        assertThatThrownBy(() -> Ssda903Ingest.read(dir, sink)).isInstanceOf(InputException.class)
                .hasMessage(dir.getFileName() + ": no SSDA903 table could be read (2019-20/header.csv: the file is"
                        + " empty; 2019-20/notes.csv: its columns (Note, Author) match no SSDA903 table).");
    }

    @Test
    void aSingleFileCanBeReadOnItsOwn() {
        Path file = Csv903.write(dir, "SSDA903_2019-20_header.csv", Csv903.HEADER, "1001,1,01/02/2010,WBRI,UN1,,");
        Ssda903IngestResult result = Ssda903Ingest.read(file, sink);

        assertThat(result.collectionYears()).containsExactly(Y2019);
        assertThat(sink.clean().get(0).source()).isEqualTo(new Origin("SSDA903_2019-20_header.csv", 2,
                Optional.of(Y2019)));
    }
}
