package io.bitext.report;

import io.bitext.note.SourceText;
import io.bitext.text.DisplayWidth;

/**
 * The part of a source line a report shows around a span: a few dozen characters either side, cut
 * with an ellipsis, and the span itself cut when it is long. A note may hold a paragraph of 60,000
 * characters on one line; printing the whole line for each of its findings made a report hundreds
 * of times the size of the note.
 *
 * @param text  the characters shown, with {@code …} where the line goes on
 * @param caret display columns before the span in {@code text}
 * @param width display columns of the span in {@code text}, at least 1
 */
record LineWindow(String text, int caret, int width) {
    /** Characters shown before and after the span. */
    static final int CONTEXT = 40;
    /** Characters of a long span shown. */
    static final int SPAN = 80;
    private static final String MORE = "…";

    /** The window of the line that holds {@code [offset, offset + length)}; only its first line counts. */
    static LineWindow around(SourceText source, int line, int offset, int length) {
        String text = source.text();
        int lineStart = source.lineStart(line);
        int lineEnd = offset;
        while (lineEnd < text.length() && lineEnd - offset < length + CONTEXT && !isBreak(text.charAt(lineEnd))) {
            lineEnd++;
        }
        int spanEnd = Math.min(lineEnd, offset + Math.min(length, SPAN));
        int from = safe(text, Math.max(lineStart, offset - CONTEXT));
        int to = safe(text, Math.min(lineEnd, spanEnd + CONTEXT));
        spanEnd = Math.min(safe(text, spanEnd), to);
        boolean cutBefore = from > lineStart;
        boolean cutAfter = to < text.length() && !isBreak(text.charAt(to));
        String shown = (cutBefore ? MORE : "") + text.substring(from, to) + (cutAfter ? MORE : "");
        int caret = (cutBefore ? DisplayWidth.of(MORE) : 0) + DisplayWidth.of(text.substring(from, offset));
        int width = Math.max(1, DisplayWidth.of(text.substring(offset, Math.max(offset, spanEnd))));
        return new LineWindow(shown, caret, width);
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** {@code at}, moved back off the second half of a surrogate pair. */
    private static int safe(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }
}
