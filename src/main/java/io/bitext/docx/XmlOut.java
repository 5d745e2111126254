package io.bitext.docx;

import com.vladsch.flexmark.util.sequence.Escaping;
import io.bitext.xml.XmlChars;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A plain XML writer for the parts of a package: names are written as given (with their prefix),
 * text and attribute values escaped by flexmark's escaper (the one the HTML export uses) and refused
 * when XML 1.0 cannot carry them. The document is built in memory, as every part is small enough,
 * and encoded once: through StAX, a document's quarter of a million characters cost more in the
 * writer's bookkeeping than in the characters, and its speed depended on which StAX provider the
 * class path held.
 */
final class XmlOut {
    private final StringBuilder out;
    private String[] open = new String[16];
    private int depth;
    /** 0: no tag open; 1: a start tag takes attributes; 2: an empty element takes attributes. */
    private int pending;

    XmlOut() {
        this(1024);
    }

    /** A writer for a document of about {@code capacity} characters: growing a large one costs copies. */
    XmlOut(int capacity) {
        out = new StringBuilder(capacity);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
    }

    /** Opens element {@code prefix:local} ({@code w:p}); its attributes may follow. */
    XmlOut start(String prefix, String local) {
        finishTag();
        out.append('<').append(prefix).append(':').append(local);
        push(prefix, local);
        pending = 1;
        return this;
    }

    /** Opens an element without a prefix. */
    XmlOut start(String name) {
        finishTag();
        out.append('<').append(name);
        push(null, name);
        pending = 1;
        return this;
    }

    /** An element without content ({@code prefix} null: none); its attributes may follow. */
    XmlOut empty(String prefix, String local) {
        finishTag();
        out.append('<');
        if (prefix != null) {
            out.append(prefix).append(':');
        }
        out.append(local);
        pending = 2;
        return this;
    }

    /** An attribute of the element just opened ({@code prefix} null: none). */
    XmlOut attr(String prefix, String local, String value) {
        if (pending == 0) {
            throw new IllegalStateException("attribute " + local + " outside a start tag");
        }
        out.append(' ');
        if (prefix != null) {
            out.append(prefix).append(':');
        }
        out.append(local).append("=\"").append(escaped(value)).append('"');
        return this;
    }

    XmlOut text(String text) {
        finishTag();
        out.append(escaped(text));
        return this;
    }

    /** Closes the innermost open element. */
    XmlOut end() {
        finishTag();
        depth--;
        String prefix = open[2 * depth];
        out.append("</");
        if (prefix != null) {
            out.append(prefix).append(':');
        }
        out.append(open[2 * depth + 1]).append('>');
        return this;
    }

    /** Closes what is still open and returns the document in UTF-8. */
    byte[] bytes() {
        while (depth > 0) {
            end();
        }
        finishTag();
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void finishTag() {
        if (pending == 1) {
            out.append('>');
        } else if (pending == 2) {
            out.append("/>");
        }
        pending = 0;
    }

    private void push(String prefix, String local) {
        if (2 * depth + 2 > open.length) {
            open = Arrays.copyOf(open, open.length * 2);
        }
        open[2 * depth] = prefix;
        open[2 * depth + 1] = local;
        depth++;
    }

    /**
     * {@code & < > "} as entity references: the same escaping serves text and double-quoted values.
     * Most pieces hold none of them and no character XML cannot carry, so one look at each character
     * decides whether the escaper (whose pattern costs a matcher per call) or the check is needed.
     */
    private static String escaped(String text) {
        boolean special = false;
        boolean suspect = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            special |= c == '&' || c == '<' || c == '>' || c == '"';
            suspect |= c < 0x20 || c >= 0xD800 && (c <= 0xDFFF || c >= 0xFFFE);
        }
        if (suspect) {
            int bad = XmlChars.firstIllegal(text);
            if (bad >= 0) {
                throw new IllegalArgumentException(String.format("character U+%04X cannot be carried by XML 1.0", (int) text.charAt(bad)));
            }
        }
        return special ? Escaping.escapeHtml(text, false) : text;
    }
}
