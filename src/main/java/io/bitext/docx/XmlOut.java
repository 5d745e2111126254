package io.bitext.docx;

import com.vladsch.flexmark.util.sequence.Escaping;
import io.bitext.xml.XmlChars;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A plain XML writer for the parts of a package: names are written as given (with their prefix; they
 * are ASCII), text and attribute values escaped by flexmark's escaper (the one the HTML export uses)
 * and refused when XML 1.0 cannot carry them. The document is built in memory, as every part is small
 * enough, straight in UTF-8: most of a part is ASCII markup, which goes in as a copy of the string's
 * bytes, and only text with other characters is encoded. Through StAX, a document's quarter of a
 * million characters cost more in the writer's bookkeeping than in the characters; through a
 * {@code StringBuilder}, each ASCII piece was widened to the builder's UTF-16 and the whole encoded
 * again at the end.
 */
final class XmlOut {
    private static final byte[] DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>".getBytes(StandardCharsets.US_ASCII);
    /* What a character asks of the writer: escaping, a check that XML can carry it, encoding. */
    private static final int SPECIAL = 1;
    private static final int SUSPECT = 2;
    private static final int OTHER = 4;
    /** SPECIAL or SUSPECT (controls but tab, line feed and return) for the ASCII characters: one look-up a character. */
    private static final byte[] ASCII_KINDS = new byte[0x80];

    static {
        for (int c = 0; c < 0x20; c++) {
            ASCII_KINDS[c] = c == '\t' || c == '\n' || c == '\r' ? 0 : (byte) SUSPECT;
        }
        for (char c : new char[] {'&', '<', '>', '"'}) {
            ASCII_KINDS[c] = SPECIAL;
        }
    }

    private byte[] out;
    private int size;
    private String[] open = new String[16];
    private int depth;
    /** 0: no tag open; 1: a start tag takes attributes; 2: an empty element takes attributes. */
    private int pending;

    XmlOut() {
        this(1024);
    }

    /** A writer for a document of about {@code capacity} bytes: growing a large one costs copies. */
    XmlOut(int capacity) {
        out = new byte[Math.max(capacity, 2 * DECLARATION.length)];
        System.arraycopy(DECLARATION, 0, out, 0, DECLARATION.length);
        size = DECLARATION.length;
    }

    /** Opens element {@code prefix:local} ({@code w:p}); its attributes may follow. */
    XmlOut start(String prefix, String local) {
        finishTag();
        reserve(2 + prefix.length() + local.length());
        put('<');
        name(prefix);
        put(':');
        name(local);
        push(prefix, local);
        pending = 1;
        return this;
    }

    /** Opens an element without a prefix. */
    XmlOut start(String name) {
        finishTag();
        reserve(1 + name.length());
        put('<');
        name(name);
        push(null, name);
        pending = 1;
        return this;
    }

    /** An element without content ({@code prefix} null: none); its attributes may follow. */
    XmlOut empty(String prefix, String local) {
        finishTag();
        reserve(2 + (prefix == null ? 0 : prefix.length()) + local.length());
        put('<');
        if (prefix != null) {
            name(prefix);
            put(':');
        }
        name(local);
        pending = 2;
        return this;
    }

    /** An attribute of the element just opened ({@code prefix} null: none). */
    XmlOut attr(String prefix, String local, String value) {
        attributeName(prefix, local);
        escaped(value);
        reserve(1);
        put('"');
        return this;
    }

    /** A number as an attribute: digits need no escaping. */
    XmlOut attr(String prefix, String local, int value) {
        attributeName(prefix, local);
        String digits = Integer.toString(value);
        reserve(digits.length() + 1);
        name(digits);
        put('"');
        return this;
    }

    private void attributeName(String prefix, String local) {
        if (pending == 0) {
            throw new IllegalStateException("attribute " + local + " outside a start tag");
        }
        reserve(4 + (prefix == null ? 0 : prefix.length()) + local.length());
        put(' ');
        if (prefix != null) {
            name(prefix);
            put(':');
        }
        name(local);
        put('=');
        put('"');
    }

    XmlOut text(String text) {
        finishTag();
        escaped(text);
        return this;
    }

    /** Closes the innermost open element. */
    XmlOut end() {
        finishTag();
        depth--;
        String prefix = open[2 * depth];
        String local = open[2 * depth + 1];
        reserve(4 + (prefix == null ? 0 : prefix.length()) + local.length());
        put('<');
        put('/');
        if (prefix != null) {
            name(prefix);
            put(':');
        }
        name(local);
        put('>');
        return this;
    }

    /** Closes what is still open and returns the document in UTF-8. */
    byte[] bytes() {
        close();
        return Arrays.copyOf(out, size);
    }

    /** Closes what is still open and writes the document, in UTF-8, to {@code stream}. */
    void writeTo(OutputStream stream) throws IOException {
        close();
        stream.write(out, 0, size);
    }

    private void close() {
        while (depth > 0) {
            end();
        }
        finishTag();
    }

    private void finishTag() {
        if (pending == 1) {
            reserve(1);
            put('>');
        } else if (pending == 2) {
            reserve(2);
            put('/');
            put('>');
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

    /*
     * Markup is written in pieces of a few characters, so each piece's room is reserved once and its
     * characters put without a check each.
     */
    private void reserve(int length) {
        if (size + length > out.length) {
            grow(length);
        }
    }

    private void put(char c) {
        out[size++] = (byte) c;
    }

    /** A name or number, in reserved room: ASCII, so its UTF-8 is its characters' low bytes. */
    private void name(String name) {
        for (int i = 0; i < name.length(); i++) {
            out[size++] = (byte) name.charAt(i);
        }
    }

    @SuppressWarnings("deprecation") // the one copy of a string's characters as bytes, exact for ASCII
    private void ascii(String text, int length) {
        reserve(length);
        text.getBytes(0, length, out, size);
        size += length;
    }

    private void utf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        reserve(bytes.length);
        System.arraycopy(bytes, 0, out, size, bytes.length);
        size += bytes.length;
    }

    private void grow(int needed) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, size + needed));
    }

    /**
     * Writes {@code text} with {@code & < > "} as entity references: the same escaping serves text and
     * double-quoted values. Most pieces hold none of them and no character XML cannot carry, so one
     * look at each character decides whether the escaper (whose pattern costs a matcher per call) or
     * the check is needed, and whether the text is ASCII, to be copied rather than encoded.
     */
    private void escaped(String text) {
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            seen |= c < 0x80 ? ASCII_KINDS[c] : c >= 0xD800 && (c <= 0xDFFF || c >= 0xFFFE) ? OTHER | SUSPECT : OTHER;
        }
        boolean special = (seen & SPECIAL) != 0;
        boolean ascii = (seen & OTHER) == 0;
        if ((seen & SUSPECT) != 0) {
            int bad = XmlChars.firstIllegal(text);
            if (bad >= 0) {
                throw new IllegalArgumentException(String.format("character U+%04X cannot be carried by XML 1.0", (int) text.charAt(bad)));
            }
        }
        String escaped = special ? Escaping.escapeHtml(text, false) : text;
        if (ascii) {
            ascii(escaped, escaped.length());
        } else {
            utf8(escaped);
        }
    }
}
