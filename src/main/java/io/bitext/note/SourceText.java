package io.bitext.note;

import java.util.Arrays;

/**
 * The decoded text of a note with an index of its line starts, so that any offset can be turned into
 * a {@link Span} with line and column. Lines end at LF, CRLF or a lone CR, as editors count them.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;
    /** Offsets of the low surrogates, in order: each makes a column count one less than its chars. */
    private final int[] lowSurrogates;

    public SourceText(String text) {
        this.text = text;
        // one pass for both indexes: a note is read once, and each pass over it costs as much as the other
        int[] starts = new int[16];
        int lines = 1;
        int[] found = new int[0];
        int pairs = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (pairs == found.length) {
                    found = Arrays.copyOf(found, Math.max(8, pairs * 2));
                }
                found[pairs++] = i;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
        this.lowSurrogates = Arrays.copyOf(found, pairs);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of the character at {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Offset of the first character of 1-based {@code line}. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The text of 1-based {@code line} without its line break. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * 1-based column, counted in code points so that a supplementary character counts once; in
     * constant time (a line may be megabytes long), from the index of surrogate pairs.
     */
    public int columnOf(int offset) {
        int start = lineStarts[lineOf(offset) - 1];
        return offset - start - (surrogatesBefore(offset) - surrogatesBefore(start)) + 1;
    }

    private int surrogatesBefore(int offset) {
        int at = Arrays.binarySearch(lowSurrogates, offset);
        return at >= 0 ? at : -at - 1;
    }

    public Span span(int offset, int end) {
        if (offset < 0 || end < offset || end > text.length()) {
            throw new IllegalArgumentException("span " + offset + ".." + end + " outside 0.." + text.length());
        }
        return new Span(offset, end - offset, lineOf(offset), columnOf(offset));
    }

    public String cut(Span span) {
        return span.cut(text);
    }
}
