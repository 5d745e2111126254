package io.bitext.note;

/**
 * Shortens long thematic breaks before flexmark sees them. flexmark matches a line such as
 * {@code ----------} or {@code - - - -} against a regular expression that recurses once per marker,
 * so a rule of a few thousand dashes overflows the stack. Such a line is rewritten, in place and to
 * the same length, into three markers and spaces: still a thematic break (or a setext underline,
 * whichever it was), so the tree is the same, and every offset still points at the note's own text.
 */
final class ThematicBreaks {
    /** Lines shorter than this are matched as they are: the regular expression's depth stays small. */
    static final int LONG = 200;

    private ThematicBreaks() {
    }

    /** {@code body} with each long line of one marker character (and blanks) shortened. */
    static String mask(String body) {
        char[] chars = null;
        int length = body.length();
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && body.charAt(lineEnd) != '\n' && body.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            if (lineEnd - lineStart > LONG) {
                int markers = contentStart(body, lineStart, lineEnd);
                if (lineEnd - markers > LONG && onlyMarkers(body, markers, lineEnd)) {
                    if (chars == null) {
                        chars = body.toCharArray();
                    }
                    shorten(chars, markers, lineEnd);
                }
            }
            lineStart = lineEnd + 1;
        }
        return chars == null ? body : new String(chars);
    }

    /** After the indentation and block-quote markers a line's block starts with. */
    private static int contentStart(String body, int from, int to) {
        int at = from;
        while (at < to && (body.charAt(at) == ' ' || body.charAt(at) == '\t' || body.charAt(at) == '>')) {
            at++;
        }
        return at;
    }

    private static boolean onlyMarkers(String body, int from, int to) {
        char marker = body.charAt(from);
        if (marker != '-' && marker != '*' && marker != '_') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c != marker && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Three markers, then blanks. A blank between markers is kept between the first and second, since
     * it decides whether a line of dashes may underline a setext heading.
     */
    private static void shorten(char[] chars, int from, int to) {
        char marker = chars[from];
        boolean spaced = false;
        int last = to;
        while (last > from && chars[last - 1] != marker) {
            last--;
        }
        for (int i = from; i < last; i++) {
            spaced |= chars[i] == ' ' || chars[i] == '\t';
        }
        int at = from;
        chars[at++] = marker;
        if (spaced) {
            chars[at++] = ' ';
        }
        chars[at++] = marker;
        chars[at++] = marker;
        while (at < to) {
            chars[at++] = ' ';
        }
    }
}
