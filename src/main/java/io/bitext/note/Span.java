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

    /** {@code line:column}, the way compilers and editors print a location. */
    public String location() {
        return line + ":" + column;
    }
}
