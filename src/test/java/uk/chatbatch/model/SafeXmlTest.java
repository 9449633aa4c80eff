package uk.chatbatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one XML factory of the SSDA903 and CIN census readers: what keeps a hostile file inside itself. */
class SafeXmlTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "coalescing {0}")
    @ValueSource(booleans = {false, true})
    void theParserIsTheJdksWithDtdsEntitiesAndExternalAccessOff(boolean coalescing) {
        XMLInputFactory factory = coalescing ? SafeXml.coalescingFactory() : SafeXml.factory();

        assertThat(XMLInputFactory.newFactory().getClass().getName())
                .as("why the JDK's is asked for by name: fastexcel brings aalto-xml, which becomes the default")
                .contains("aalto");
        assertThat(factory.getClass().getName()).startsWith("com.sun.xml.internal.stream");
        assertThat(factory.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
        assertThat(factory.getProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES)).isEqualTo(false);
        assertThat(factory.getProperty(XMLInputFactory.IS_COALESCING)).isEqualTo(coalescing);
    }

    @Test
    void asWrittenAnExternalEntityIsNeverFetchedOnlyReported() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-FROM-DISK");
        String xml = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><r>a&xxe;b</r>";

        assertThat(events(SafeXml.factory(), xml)).containsExactly("DTD", "text a", "entity xxe", "text b");
        assertThat(events(SafeXml.factory(), "<r>a&yyy;b</r>")).containsExactly("text a", "entity yyy", "text b");
    }

    @Test
    void coalescedAnExternalEntityIsAParseErrorAndNeverFetched() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-FROM-DISK");
        String xml = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><r>a&xxe;b</r>";

        assertThatThrownBy(() -> events(SafeXml.coalescingFactory(), xml)).isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("xxe").hasMessageNotContaining("SECRET");
    }

    @Test
    void coalescedTextSplitByCdataOrCharacterReferencesArrivesInOnePiece() throws Exception {
        assertThat(events(SafeXml.coalescingFactory(), "<r>a&amp; &amp;b &#32; c<![CDATA[ ]]>d</r>"))
                .containsExactly("text a& &b   c d");
    }

    private static List<String> events(XMLInputFactory factory, String xml) throws XMLStreamException {
        XMLStreamReader reader = factory.createXMLStreamReader(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<String> events = new ArrayList<>();
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD -> events.add("DTD");
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> events.add("text " + reader.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> events.add("entity " + reader.getLocalName());
                default -> { }
            }
        }
        return events;
    }
}
