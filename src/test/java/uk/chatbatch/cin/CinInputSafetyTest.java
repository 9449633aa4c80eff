package uk.chatbatch.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.model.table.TableRecord;

/**
 * Files the reader must refuse with one sentence naming the file and what is wrong (the parser's own settings
 * are {@link uk.chatbatch.model.SafeXmlTest}'s).
 */
class CinInputSafetyTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String census() {
        return CinXml.census(2024, CinXml.child("C1"));
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedAndTheEntityNeverRead() throws Exception {
        Path secret = write("secret.txt", "SECRET-FROM-DISK");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [\n  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + census().replace("<LAchildID>C1</LAchildID>", "<LAchildID>&xxe;</LAchildID>");
        CinCollectingSink sink = new CinCollectingSink();

        assertThatThrownBy(() -> CinCensusIngest.read(write("xxe.xml", xml), sink))
                .isInstanceOf(InputException.class)
                .hasMessage("xxe.xml: declares a DOCTYPE at line 4; a CIN census has none, and DTDs and external"
                        + " entities are refused for safety, so the file is not read.")
                .message().doesNotContain("SECRET");
        assertThat(sink.headers).isEmpty();
        assertThat(sink.clean()).isEmpty();
        assertThat(sink.issues()).isEmpty();
    }

    @Test
    void anEntityExpansionBombIsRefusedBeforeAnyExpansion() throws Exception {
        String xml = "<!DOCTYPE Message [\n <!ENTITY a \"aaaaaaaaaa\">\n <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                + " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
                + census().replace("<LAchildID>C1</LAchildID>", "<LAchildID>&c;</LAchildID>");

        assertThatThrownBy(() -> CinCensusIngest.read(write("bomb.xml", xml), new CinCollectingSink()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("bomb.xml: declares a DOCTYPE");
    }

    @Test
    void anUndeclaredEntityIsNotWellFormed() throws Exception {
        String xml = census().replace("<LAchildID>C1</LAchildID>", "<LAchildID>&xxe;</LAchildID>");

        assertThatThrownBy(() -> CinCensusIngest.read(write("entity.xml", xml), new CinCollectingSink()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("entity.xml: not well-formed XML at line 13 (")
                .hasMessageContaining("xxe");
    }

    @Test
    void aFileThatIsNotXmlIsNamedAndRefused() throws Exception {
        Path csv = write("cin.xml", "LAchildID,CINreferralDate\nC1,2024-01-01\n");

        assertThatThrownBy(() -> CinCensusIngest.read(csv, new CinCollectingSink()))
                .isInstanceOf(InputException.class)
                .hasMessage("cin.xml: not well-formed XML at line 1 (Content is not allowed in prolog), so it cannot be"
                        + " read as a CIN census.");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertThatThrownBy(() -> CinCensusIngest.read(write("empty.xml", ""), new CinCollectingSink()))
                .isInstanceOf(InputException.class).hasMessage("empty.xml: the file is empty, so it is not a CIN census.");
    }

    @Test
    void aFileCutShortIsRefusedWithTheLineWhereItStops() throws Exception {
        String xml = census();
        Path cut = write("cut.xml", xml.substring(0, xml.indexOf("<Assessments>")));

        assertThatThrownBy(() -> CinCensusIngest.read(cut, new CinCollectingSink()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cut.xml: not well-formed XML at line ");
    }

    @Test
    void otherXmlIsRefusedByItsRootOrCollection() throws Exception {
        Path ssda903 = write("903.xml", "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID></HEADER></CHILD></EXPSSDA903>");
        Path otherCollection = write("school.xml", census().replace("<Collection>CIN</Collection>",
                "<Collection>SchoolCensus</Collection>"));
        Path noChildren = write("header-only.xml", "<Message><Header/></Message>");

        assertThatThrownBy(() -> CinCensusIngest.read(ssda903, new CinCollectingSink()))
                .isInstanceOf(InputException.class)
                .hasMessage("903.xml: XML, but not a CIN census: the root element is <EXPSSDA903>, where a CIN census"
                        + " has <Message>.");
        assertThatThrownBy(() -> CinCensusIngest.read(otherCollection, new CinCollectingSink()))
                .isInstanceOf(InputException.class)
                .hasMessage("school.xml: the header's <Collection> is 'SchoolCensus', so this is not a CIN census"
                        + " (which has 'CIN').");
        assertThatThrownBy(() -> CinCensusIngest.read(noChildren, new CinCollectingSink()))
                .isInstanceOf(InputException.class)
                .hasMessage("header-only.xml: has <Message> but no <Children> element, so it is not a CIN census.");
    }

    @Test
    void absurdNestingIsRefusedRatherThanRecursedInto() throws Exception {
        String deep = "<x>".repeat(100) + "</x>".repeat(100);
        Path file = write("deep.xml", census().replace("<UPNunknown>UN1</UPNunknown>", deep));

        assertThatThrownBy(() -> CinCensusIngest.read(file, new CinCollectingSink()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("deep.xml: elements nested more than 32 deep");
    }

    @Test
    void aFolderMeansEveryXmlFileInItInNameOrder() throws Exception {
        write("b.xml", CinXml.census(2024, CinXml.child("B1") + CinXml.child("B2")));
        write("a.XML", CinXml.census(2023, CinXml.child("A1")));
        write("notes.txt", "not a census");
        Files.createDirectory(dir.resolve("old.xml"));
        CinCollectingSink sink = new CinCollectingSink();

        CinIngestResult result = CinCensusIngest.read(dir, sink);

        assertThat(result.files()).extracting(CinFileResult::file).containsExactly("a.XML", "b.xml");
        assertThat(result.files()).extracting(f -> f.censusYear().getAsInt()).containsExactly(2023, 2024);
        assertThat(result.rowsRead(CinTable.CHILD)).isEqualTo(3);
        assertThat(sink.clean(CinTable.CHILD)).extracting(TableRecord::childId).containsExactly("A1", "B1", "B2");
        assertThat(sink.ended).hasSize(2);
    }

    @Test
    void aFolderWithoutXmlOrAPathThatIsNotThereIsRefused() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("extracts"));

        assertThatThrownBy(() -> CinCensusIngest.read(empty, new CinCollectingSink()))
                .isInstanceOf(InputException.class)
                .hasMessage("extracts: the folder has no .xml file, so there is no CIN census to read.");
        assertThatThrownBy(() -> CinCensusIngest.read(dir.resolve("missing.xml"), new CinCollectingSink()))
                .isInstanceOf(InputException.class).hasMessage("missing.xml: no such file or folder.");
    }

    @Test
    void aByteOrderMarkAndAnXmlDeclarationAreFine() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + census()).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Path file = Files.write(dir.resolve("bom.xml"), all);

        CinCollectingSink sink = new CinCollectingSink();
        CinCensusIngest.read(file, sink);
        assertThat(sink.clean(CinTable.CHILD)).extracting(TableRecord::childId).containsExactly("C1");
        assertThat(sink.issues()).isEmpty();
    }
}
