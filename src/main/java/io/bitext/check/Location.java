package io.bitext.check;

import io.bitext.note.Span;

/**
 * Where a finding (or a piece of its evidence) stands: offset and length in the decoded note, 1-based
 * line and column (in code points), and the text there.
 */
public record Location(int offset, int length, int line, int column, String text) {

    public static Location of(Span span, String text) {
        return new Location(span.offset(), span.length(), span.line(), span.column(), text);
    }

    public int end() {
        return offset + length;
    }

    public String position() {
        return line + ":" + column;
    }
}
