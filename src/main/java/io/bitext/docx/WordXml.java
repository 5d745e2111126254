package io.bitext.docx;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * WordprocessingML written as a stream: a thin layer over StAX's {@link XMLStreamWriter}, which does
 * all the escaping, with the {@code w:} prefix and the few shapes every part repeats (an element with
 * one {@code w:val}, a run of text). Building the same content as an XMLBeans tree and serialising it
 * cost four times as much; the package itself stays POI's (see {@link DocxExport}).
 */
final class WordXml implements AutoCloseable {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Made once: each newFactory() call searches the class path for a provider. */
    static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter out;

    /** Starts a part whose root is {@code w:root}, with the {@code w} and {@code r} namespaces declared. */
    WordXml(OutputStream stream, String root) {
        try {
            out = FACTORY.createXMLStreamWriter(stream, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement("w", root, W);
            out.writeNamespace("w", W);
            out.writeNamespace("r", R);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    WordXml start(String local) {
        try {
            out.writeStartElement("w", local, W);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    WordXml attr(String local, String value) {
        try {
            out.writeAttribute("w", W, local, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    WordXml attr(String local, int value) {
        return attr(local, Integer.toString(value));
    }

    /** An attribute in the relationships namespace ({@code r:id}). */
    WordXml relAttr(String local, String value) {
        try {
            out.writeAttribute("r", R, local, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    WordXml end() {
        try {
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An empty element: {@code <w:b/>}. */
    WordXml empty(String local) {
        try {
            out.writeEmptyElement("w", local, W);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** {@code <w:local w:val="value"/>}, the shape of most properties. */
    WordXml val(String local, String value) {
        return empty(local).attr("val", value);
    }

    WordXml val(String local, int value) {
        return val(local, Integer.toString(value));
    }

    /**
     * Text inside a run: {@code w:t} pieces, a line break of the note as {@code w:br}, characters XML
     * cannot carry at all (controls) left out.
     */
    WordXml text(String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t') {
                piece(text, from, i);
                if (c == '\n') {
                    empty("br");
                }
                from = i + 1;
            }
        }
        piece(text, from, text.length());
        return this;
    }

    private void piece(String text, int from, int to) {
        if (to <= from) {
            return;
        }
        try {
            out.writeStartElement("w", "t", W);
            if (text.charAt(from) == ' ' || text.charAt(to - 1) == ' ' || text.charAt(from) == '\t' || text.charAt(to - 1) == '\t') {
                out.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve"); // else Word drops the edge spaces
            }
            out.writeCharacters(text.substring(from, to));
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A run of plain text. */
    WordXml run(String text) {
        return start("r").text(text).end();
    }

    /** A run whose properties are the given empty elements ({@code "b"}, {@code "i"}). */
    WordXml run(String text, String... flags) {
        start("r").start("rPr");
        for (String flag : flags) {
            empty(flag);
        }
        return end().text(text).end();
    }

    /** A run in a character style. */
    WordXml styledRun(String style, String text) {
        return start("r").start("rPr").val("rStyle", style).end().text(text).end();
    }

    /** A paragraph of one plain run in a paragraph style (null: Normal). */
    WordXml paragraph(String style, String text) {
        start("p");
        if (style != null) {
            start("pPr").val("pStyle", style).end();
        }
        return run(text).end();
    }

    @Override
    public void close() {
        try {
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
