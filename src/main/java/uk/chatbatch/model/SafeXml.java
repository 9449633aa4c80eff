package uk.chatbatch.model;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * The one XML parser factory every source reads with (the SSDA903 XML form, the CIN census). It is the JDK's own
 * StAX parser ({@code newDefaultFactory()}, not whatever implementation the classpath offers; fastexcel brings
 * aalto-xml, which would otherwise be the default) with DTDs, external entities, entity replacement and every
 * external DTD or schema access off, so nothing outside the file is ever read and no entity is ever expanded. StAX
 * has no secure-processing switch of its own; the JDK applies its processing limits (entity expansion, element
 * depth) by default.
 *
 * <p>The settings differ only in how text arrives, which the two readers need differently: as written, where a
 * DOCTYPE arrives as a DTD event and an entity reference as an ENTITY_REFERENCE event for the reader to report (the
 * SSDA903 reader reads the value without it); or coalesced, where a value split by a CDATA section or a character
 * reference arrives in one piece and an entity reference is a parse error (the CIN census reader, which refuses any
 * DOCTYPE).
 */
public final class SafeXml {

    private SafeXml() {
    }

    /** Text in the events it was written in; entity references are reported, not expanded. */
    public static XMLInputFactory factory() {
        return hardened(false);
    }

    /** Text coalesced into one event per value; an entity reference is a parse error. */
    public static XMLInputFactory coalescingFactory() {
        return hardened(true);
    }

    private static XMLInputFactory hardened(boolean coalescing) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
        return factory;
    }
}
