package io.bitext.xml;

import io.bitext.error.BitextException;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one way Bitext writes an XML file (XLIFF, TBX, TMX): UTF-8 with its declaration, written by
 * StAX, a line break at the end, and a failure reported as a user-facing error naming what it was.
 * Text and attributes holding a character XML 1.0 cannot carry (ESC, VT, a lone surrogate) are
 * refused with that error rather than written into a file no parser reads.
 *
 * <pre>{@code
 * byte[] tmx = XmlDocument.write("note.md: TMX", xml -> { xml.writeStartElement("tmx"); ... });
 * }</pre>
 */
public final class XmlDocument {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Writes the document's root element and everything in it. */
    @FunctionalInterface
    public interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlDocument() {
    }

    public static byte[] write(String what, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml;
            synchronized (FACTORY) {
                xml = new CheckedXmlWriter(FACTORY.createXMLStreamWriter(bytes, "UTF-8"));
            }
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new BitextException(what + " cannot be written (" + e.getMessage() + ")", e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
