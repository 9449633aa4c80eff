package uk.chatbatch.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.CollectingRecordSink;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.model.table.TableSummary;

class Ssda903XmlIngestTest {

    private static final CollectionYear Y2022 = CollectionYear.startingIn(2022);

    /** Two children in the 903 XML form: every table of the form, and the usual differences from CSV. */
    static final String TWO_CHILDREN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <EXPSSDA903>
              <CHILD>
                <HEADER>
                  <CHILDID>1001</CHILDID>
                  <UPN>A123456789012</UPN>
                  <SEX>2</SEX>
                  <DOB>14/02/2008</DOB>
                  <ETHNIC>WBRI</ETHNIC>
                  <UASC>1</UASC>
                  <DUC>14/02/2026</DUC>
                  <AREVIEW><REVIEW>01/06/2022</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
                  <AREVIEW><REVIEW>01/12/2022</REVIEW><REVIEW_CODE>PN2</REVIEW_CODE></AREVIEW>
                  <MOTHER>1</MOTHER>
                  <MC_DOB>01/01/2023</MC_DOB>
                  <PERMANENCE><PREV_PERM>P1</PREV_PERM><LA_PERM>316</LA_PERM><DATE_PERM>ZZ/05/2015</DATE_PERM></PERMANENCE>
                  <OC2>
                    <SDQ_SCORE>12</SDQ_SCORE><SDQ_REASON/><CONVICTED>0</CONVICTED><HEALTH_CHECK>1</HEALTH_CHECK>
                    <IMMUNISATIONS>1</IMMUNISATIONS><TEETH_CHECK>1</TEETH_CHECK><HEALTH_ASSESSMENT>1</HEALTH_ASSESSMENT>
                    <SUBSTANCE_MISUSE>0</SUBSTANCE_MISUSE><INTERVENTION_RECEIVED/><INTERVENTION_OFFERED/>
                  </OC2>
                  <AMISSING><MISSING>M</MISSING><MIS_START>03/03/2023</MIS_START><MIS_END/></AMISSING>
                  <IN_TOUCH/><ACTIV/><ACCOM/>
                  <DATE_INT/><DATE_MATCH/><FOSTER_CARE/><NB_ADOPTR/><SEX_ADOPTR/><LS_ADOPTR/>
                </HEADER>
                <EPISODE>
                  <DECOM>01/05/2021</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL><PL_POST>AB12CD</PL_POST>
                  <HOME_POST>EF3 4GH</HOME_POST><URN>SC123456</URN><PLACE_PROVIDER>PR1</PLACE_PROVIDER>
                  <DEC>01/07/2022</DEC><REC>X1</REC><REASON_PLACE_CHANGE>CARPL</REASON_PLACE_CHANGE>
                </EPISODE>
                <EPISODE>
                  <DECOM>01/07/2022</DECOM><RNE>P</RNE><LS>C2</LS><CIN>N1</CIN><PL>K9</PL><PL_POST/>
                  <HOME_POST/><URN/><PLACE_PROVIDER>PR4</PLACE_PROVIDER><DEC/><REC/><REASON_PLACE_CHANGE/>
                </EPISODE>
              </CHILD>
              <CHILD>
                <HEADER>
                  <CHILDID>1002.0</CHILDID><UPN>UN2</UPN><SEX>1</SEX><DOB>2004-09-30</DOB><ETHNIC>BAFR</ETHNIC>
                  <UASC>0</UASC><DUC/>
                  <MOTHER/><MC_DOB/>
                  <IN_TOUCH>YES</IN_TOUCH><ACTIV>F2</ACTIV><ACCOM>U1</ACCOM>
                  <DATE_INT>01/02/2022</DATE_INT><DATE_MATCH>01/03/2022</DATE_MATCH><FOSTER_CARE>0</FOSTER_CARE>
                  <NB_ADOPTR>2</NB_ADOPTR><SEX_ADOPTR>MF</SEX_ADOPTR><LS_ADOPTR>L11</LS_ADOPTR>
                  <AD_PLACED><DATE_PLACED>01/01/2022</DATE_PLACED><DATE_PLACED_CEASED/><REASON_PLACED_CEASED/></AD_PLACED>
                  <FAVOURITE_COLOUR>blue</FAVOURITE_COLOUR>
                </HEADER>
              </CHILD>
            </EXPSSDA903>
            """;

    @TempDir
    Path dir;

    private final CollectingRecordSink sink = new CollectingRecordSink();

    @Test
    void eachChildIsFlattenedIntoTheSameTablesAsTheCsvForm() throws Exception {
        Files.writeString(dir.resolve("SSDA903_2022-23.xml"), TWO_CHILDREN);
        Ssda903IngestResult result = Ssda903Ingest.read(dir, sink);

        Map<Ssda903Table, Long> read = result.summaries().stream()
                .collect(Collectors.toMap(TableSummary::table, TableSummary::rowsRead));
        assertThat(read).containsExactlyInAnyOrderEntriesOf(Map.of(Ssda903Table.HEADER, 2L, Ssda903Table.UASC, 1L,
                Ssda903Table.REVIEWS, 2L, Ssda903Table.PREV_PERM, 1L, Ssda903Table.OC2, 1L, Ssda903Table.MISSING, 1L,
                Ssda903Table.EPISODES, 2L, Ssda903Table.OC3, 1L, Ssda903Table.AD1, 1L,
                Ssda903Table.PLACED_ADOPTION, 1L));
        assertThat(result.collectionYears()).containsExactly(Y2022);

        assertThat(sink.clean(Ssda903Table.HEADER)).extracting(TableRecord::childId, r -> r.text(Ssda903Field.SEX),
                r -> r.date(Ssda903Field.DOB), r -> r.text(Ssda903Field.MOTHER)).containsExactly(
                tuple("1001", "F", LocalDate.of(2008, 2, 14), "1"),
                tuple("1002", "M", LocalDate.of(2004, 9, 30), null));
        assertThat(sink.clean(Ssda903Table.UASC)).extracting(TableRecord::childId, r -> r.date(Ssda903Field.DUC))
                .as("only the child whose UASC flag is 1").containsExactly(tuple("1001", LocalDate.of(2026, 2, 14)));
        assertThat(sink.clean(Ssda903Table.REVIEWS)).extracting(TableRecord::childId, r -> r.date(Ssda903Field.DOB),
                r -> r.text(Ssda903Field.REVIEW_CODE)).containsExactly(
                tuple("1001", LocalDate.of(2008, 2, 14), "PN1"), tuple("1001", LocalDate.of(2008, 2, 14), "PN2"));
        TableRecord first = sink.clean(Ssda903Table.EPISODES).get(0);
        assertThat(first.text(Ssda903Field.PLACE)).as("PL is PLACE").isEqualTo("U4");
        assertThat(first.text(Ssda903Field.PL_POST)).isEqualTo("AB1 2CD");
        assertThat(first.text(Ssda903Field.REASON_PLACE_CHANGE)).isEqualTo("CARPL");
        assertThat(first.source()).isEqualTo(new Origin("SSDA903_2022-23.xml", 26, java.util.Optional.of(Y2022)));
        assertThat(sink.clean(Ssda903Table.PREV_PERM).get(0).partialDate(Ssda903Field.DATE_PERM).month()).contains(5);
        assertThat(sink.clean(Ssda903Table.OC2).get(0).integer(Ssda903Field.SDQ_SCORE)).isEqualTo(12);
        assertThat(sink.clean(Ssda903Table.OC3)).extracting(TableRecord::childId, r -> r.text(Ssda903Field.ACCOM))
                .containsExactly(tuple("1002", "U1"));
        assertThat(sink.clean(Ssda903Table.AD1)).extracting(r -> r.text(Ssda903Field.LS_ADOPTR)).containsExactly("L11");
        assertThat(sink.clean(Ssda903Table.PLACED_ADOPTION)).extracting(r -> r.date(Ssda903Field.DATE_PLACED))
                .containsExactly(LocalDate.of(2022, 1, 1));
        assertThat(sink.clean(Ssda903Table.MISSING).get(0).text(Ssda903Field.MISSING)).isEqualTo("M");
    }

    /** A row's line is where its element starts: the second EPISODE of the first CHILD is on line 31. */
    @Test
    void issuesNameTheElementByPositionAndLine() throws Exception {
        Files.writeString(dir.resolve("SSDA903_2022-23.xml"), TWO_CHILDREN);
        Ssda903Ingest.read(dir, sink);

        assertThat(sink.issues()).extracting(Issue::code, Issue::sheet, Issue::row, Issue::column).containsExactly(
                tuple(IssueCode.INVALID_CODE, "CHILD[1]/EPISODE[2]", 31, "PL"),
                tuple(IssueCode.UNRECOGNISED_COLUMN, "CHILD/HEADER/FAVOURITE_COLOUR", 45,
                        "CHILD/HEADER/FAVOURITE_COLOUR"));
        assertThat(sink.issues().get(0).message()).isEqualTo("SSDA903_2022-23.xml, line 31, CHILD[1]/EPISODE[2],"
                + " element 'PL': value 'K9' is not usable (accepted in 2022-23: A3, A4, A5, A6, H5, K1, K2, P1, P2,"
                + " P3, R1, R2, ...); the value is left empty.");
        assertThat(sink.issues().get(0).list()).isEqualTo("SSDA903 Episodes 2022-23");
    }

    @Test
    void aChildWithoutAnIdentifierHasAllItsRowsQuarantined() throws Exception {
        Files.writeString(dir.resolve("2022-23.xml"), """
                <EXPSSDA903><CHILD>
                  <HEADER><CHILDID/><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC><UPN>UN1</UPN>
                    <AREVIEW><REVIEW>01/06/2022</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW></HEADER>
                  <EPISODE><DECOM>01/05/2022</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL></EPISODE>
                </CHILD></EXPSSDA903>
                """);
        Ssda903Ingest.read(dir, sink);

        assertThat(sink.clean()).isEmpty();
        assertThat(sink.quarantined()).extracting(QuarantinedRecord::sourceTable, q -> q.issues().get(0).column())
                .containsExactly(tuple(Ssda903Table.HEADER, "CHILDID"), tuple(Ssda903Table.REVIEWS, "HEADER/CHILDID"),
                        tuple(Ssda903Table.EPISODES, "HEADER/CHILDID"));
        assertThat(sink.quarantined()).allSatisfy(q -> assertThat(q.issues().get(0).code())
                .isEqualTo(IssueCode.MISSING_IDENTIFIER));
    }

    @Test
    void aDoctypeIsIgnoredAndItsEntitiesAreNeverExpandedNorExternalFilesRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path input = Files.createDirectory(dir.resolve("in"));
        Files.writeString(input.resolve("2022-23.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE EXPSSDA903 [
                  <!ENTITY xxe SYSTEM "%s">
                  <!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                ]>
                <EXPSSDA903><CHILD><HEADER>
                  <CHILDID>1001</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC>
                  <UPN>UN1&xxe;</UPN><MOTHER>&lol2;</MOTHER>
                </HEADER></CHILD></EXPSSDA903>
                """.formatted(secret.toUri()));
        Ssda903Ingest.read(input, sink);

        assertThat(sink.clean()).hasSize(1);
        TableRecord header = sink.clean().get(0);
        assertThat(header.text(Ssda903Field.UPN)).as("read without the entity").isEqualTo("UN1");
        assertThat(header.text(Ssda903Field.MOTHER)).isNull();
        assertThat(sink.issues()).extracting(Issue::code, Issue::column, Issue::rawValue).containsExactly(
                tuple(IssueCode.XML_DOCTYPE_IGNORED, "", ""),
                tuple(IssueCode.XML_ENTITY_NOT_EXPANDED, "UPN", "&xxe;"),
                tuple(IssueCode.XML_ENTITY_NOT_EXPANDED, "MOTHER", "&lol2;"));
        String everything = sink.issues().toString() + sink.clean() + sink.quarantined();
        assertThat(everything).doesNotContain("TOP-SECRET").doesNotContain("lollol");
    }

    @Test
    void anExternalDtdIsNeverFetched() throws Exception {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY % boom SYSTEM \"file:///nonexistent\"> %boom;");
        Path input = Files.createDirectory(dir.resolve("in"));
        Files.writeString(input.resolve("2022-23.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE EXPSSDA903 SYSTEM "%s">
                <EXPSSDA903><CHILD><HEADER><CHILDID>1001</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB>
                  <ETHNIC>WBRI</ETHNIC><UPN>UN1</UPN></HEADER></CHILD></EXPSSDA903>
                """.formatted(dtd.toUri()));
        Ssda903Ingest.read(input, sink);

        assertThat(sink.clean()).extracting(TableRecord::childId).containsExactly("1001");
        assertThat(sink.issues(IssueCode.XML_DOCTYPE_IGNORED)).hasSize(1);
    }

    @Test
    void xmlThatIsNotWellFormedStopsTheRunWithOneSentenceNamingTheFileAndLine() throws Exception {
        Files.writeString(dir.resolve("2022-23.xml"), "<EXPSSDA903>\n<CHILD><HEADER>\n</CHILD></EXPSSDA903>\n");
        assertThatThrownBy(() -> Ssda903Ingest.read(dir, sink)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("2022-23.xml: is not well-formed XML at line 3 (");
    }

    @Test
    void nestingDeeperThanTheFormIsRefused() throws Exception {
        Files.writeString(dir.resolve("2022-23.xml"), "<EXPSSDA903><CHILD>" + "<A>".repeat(5000) + "</A>".repeat(5000)
                + "</CHILD></EXPSSDA903>");
        assertThatThrownBy(() -> Ssda903Ingest.read(dir, sink)).isInstanceOf(InputException.class)
                .hasMessageContaining("nested deeper than the 903 form");
    }

    @Test
    void csvTablesAndAnXmlFileForTheSameYearDoNotDoubleCount() throws Exception {
        Files.writeString(dir.resolve("SSDA903_2022-23.xml"), TWO_CHILDREN);
        Csv903.write(dir, "2022-23-header.csv", Csv903.HEADER, "9001,1,01/02/2010,WBRI,UN1,,");
        Ssda903IngestResult result = Ssda903Ingest.read(dir, sink);

        assertThat(sink.clean(Ssda903Table.HEADER)).extracting(TableRecord::childId).containsExactly("9001");
        assertThat(sink.clean(Ssda903Table.EPISODES)).hasSize(2);
        assertThat(sink.issues(IssueCode.DUPLICATE_TABLE)).extracting(Issue::message).containsExactly(
                "SSDA903_2022-23.xml: holds SSDA903 Header 2022-23, already read from 2022-23-header.csv; this file's"
                        + " Header rows are ignored.");
        assertThat(result.summaries(Ssda903Table.HEADER)).extracting(TableSummary::file,
                TableSummary::status).containsExactly(tuple("2022-23-header.csv", "read"),
                tuple("SSDA903_2022-23.xml", "ignored: SSDA903 Header 2022-23 already read from 2022-23-header.csv"));
    }

    @Test
    void anXmlFileTakesPartInPrecedenceWithCsvYears() throws Exception {
        Files.writeString(dir.resolve("SSDA903_2022-23.xml"), TWO_CHILDREN);
        Csv903.write(dir, "2021-22/episodes.csv", Csv903.EPISODES, "1001,01/05/2021,S,C2,N1,U4,PR1,,,,,,");
        Ssda903Ingest.read(dir, sink);

        assertThat(sink.superseded()).extracting(TableRecord::childId, r -> r.source().file())
                .containsExactly(tuple("1001", "2021-22/episodes.csv"));
    }
}
