package io.bitext.xml;

import io.bitext.error.BitextException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

    /** The document's characters, gathered without the lock a {@code StringWriter} takes on every write. */
    private static final class Text extends Writer {
        final StringBuilder chars = new StringBuilder(1 << 14);

        @Override
        public void write(int c) {
            chars.append((char) c);
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars.append(buffer, offset, length);
        }

        @Override
        public void write(String text) {
            chars.append(text);
        }

        @Override
        public void write(String text, int offset, int length) {
            chars.append(text, offset, offset + length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /**
     * The writer writes characters and the whole document is encoded once at the end: given a byte
     * stream, the JDK's writer encodes UTF-8 itself one byte per call into it, which cost more than
     * writing the XML. The text is the same either way (the writer escapes nothing differently for
     * UTF-8), and every character in it is one XML can carry, so the encoding cannot fail.
     */
    public static byte[] write(String what, Body body) {
        Text text = new Text();
        try {
            XMLStreamWriter xml;
            synchronized (FACTORY) {
                xml = new CheckedXmlWriter(FACTORY.createXMLStreamWriter(text));
            }
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new BitextException(what + " cannot be written (" + e.getMessage() + ")", e);
        }
        text.write('\n');
        return text.chars.toString().getBytes(StandardCharsets.UTF_8);
    }
}
