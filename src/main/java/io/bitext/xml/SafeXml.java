package io.bitext.xml;

import io.bitext.error.BitextException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The one way Bitext reads XML it did not write: StAX with DTDs and external entities switched off,
 * and a document that carries a DOCTYPE at all refused, so that neither an external entity
 * ({@code file:///etc/passwd}) nor an entity expansion bomb is ever read or expanded.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = create();

    private SafeXml() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    /** A reader over {@code in} that fails on a DOCTYPE; {@code name} names the document in messages. */
    public static XMLStreamReader reader(InputStream in, String name) {
        try {
            XMLStreamReader reader;
            synchronized (FACTORY) {
                reader = FACTORY.createXMLStreamReader(in);
            }
            return new StreamReaderDelegate(reader) {
                @Override
                public int next() throws XMLStreamException {
                    int event = super.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new XMLStreamException(name + ": a DOCTYPE is not accepted (DTDs and entities are refused)");
                    }
                    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new XMLStreamException(name + ": entity reference &" + getLocalName() + "; refused");
                    }
                    return event;
                }
            };
        } catch (XMLStreamException e) {
            throw new BitextException(name + ": not well-formed XML (" + e.getMessage() + ")", e);
        }
    }

    /** A one-line message for a reading error, with the line and column where the parser stopped. */
    public static BitextException error(String name, XMLStreamException e) {
        String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber();
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
        return new BitextException(name + where + ": " + message.lines().findFirst().orElse(message).strip(), e);
    }
}
