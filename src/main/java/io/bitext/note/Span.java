package io.bitext.note;

/**
 * A stretch of the note's source: where it starts (UTF-16 offset into the decoded text), how long it
 * is, and the 1-based line and column (in code points) of its first character.
 *
 * <p>Every element of the model carries one, so findings, exports and fixes can point back to the
 * exact characters of the note.
 */
public record Span(int offset, int length, int line, int column) {

    public Span {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative span " + offset + "+" + length);
        }
    }

    public int end() {
        return offset + length;
    }

    public boolean contains(int position) {
        return position >= offset && position < end();
    }

    public boolean encloses(Span other) {
        return other.offset >= offset && other.end() <= end();
    }

    /** The characters this span covers in {@code source}. */
    public String cut(CharSequence source) {
        return source.subSequence(offset, end()).toString();
    }

    /*
     * Written out rather than generated: a record's generated equals and hashCode are bound on first
     * call through method handles, and spans are compared from the first note on, in every cold start.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Span s && s.offset == offset && s.length == length && s.line == line && s.column == column;
    }

    @Override
    public int hashCode() {
        return ((offset * 31 + length) * 31 + line) * 31 + column;
    }

    /** {@code line:column}, the way compilers and editors print a location. */
    public String location() {
        return line + ":" + column;
    }
}
