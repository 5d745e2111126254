package io.bitext.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * WordprocessingML written as a stream: the {@code w:} prefix and the few shapes every part repeats
 * (an element with one {@code w:val}, a run of text) over {@link XmlOut}, which does the escaping.
 * Building the same content as an XMLBeans tree and serialising it cost four times as much. On
 * {@link #close()} the part's bytes go to the stream it was made for.
 */
final class WordXml implements AutoCloseable {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final XmlOut out;
    private final OutputStream stream;

    /** Starts a part whose root is {@code w:root}, with the {@code w} and {@code r} namespaces declared. */
    WordXml(OutputStream stream, String root) {
        this(stream, root, 4 * 1024);
    }

    /** The same, for a part of about {@code capacity} bytes. */
    WordXml(OutputStream stream, String root, int capacity) {
        this.stream = stream;
        out = new XmlOut(capacity);
        out.start("w", root).attr("xmlns", "w", W).attr("xmlns", "r", R);
    }

    WordXml start(String local) {
        out.start("w", local);
        return this;
    }

    WordXml attr(String local, String value) {
        out.attr("w", local, value);
        return this;
    }

    WordXml attr(String local, int value) {
        out.attr("w", local, value);
        return this;
    }

    /** An attribute in the relationships namespace ({@code r:id}). */
    WordXml relAttr(String local, String value) {
        out.attr("r", local, value);
        return this;
    }

    WordXml end() {
        out.end();
        return this;
    }

    /** An empty element: {@code <w:b/>}. */
    WordXml empty(String local) {
        out.empty("w", local);
        return this;
    }

    /** {@code <w:local w:val="value"/>}, the shape of most properties. */
    WordXml val(String local, String value) {
        return empty(local).attr("val", value);
    }

    WordXml val(String local, int value) {
        return empty(local).attr("val", value);
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
        out.start("w", "t");
        if (text.charAt(from) == ' ' || text.charAt(to - 1) == ' ' || text.charAt(from) == '\t' || text.charAt(to - 1) == '\t') {
            out.attr("xml", "space", "preserve"); // else Word drops the edge spaces
        }
        out.text(from == 0 && to == text.length() ? text : text.substring(from, to)).end();
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

    /** Ends the part and writes it to its stream. */
    @Override
    public void close() {
        try {
            out.writeTo(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
