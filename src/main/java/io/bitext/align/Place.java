package io.bitext.align;

import io.bitext.note.Span;

/**
 * Where one occurrence of a term stands, as an editor looks it up: the text as written, its line and
 * column, and its source offset and length for tools.
 */
public record Place(String text, int line, int column, int offset, int length) {

    static Place of(String text, Span span) {
        return new Place(text, span.line(), span.column(), span.offset(), span.length());
    }

    /** {@code line:column}. */
    public String location() {
        return line + ":" + column;
    }
}
