package io.bitext.note;

/**
 * Bounds the work flexmark does for inline links. For each {@code ](} it matches a regular expression
 * whose result copies the rest of the paragraph, so a paragraph of thousands of {@code ](} costs the
 * square of its length (40,000 of them took minutes). Past a budget of characters copied per
 * paragraph, the {@code (} of each further {@code ](} is read as {@code {}: punctuation as well, so
 * emphasis around it parses the same, but no link opens there. Only a paragraph of thousands of
 * links loses any, and the note's own text is untouched: this is the text flexmark parses, not the
 * text Bitext keeps.
 */
final class LinkOpeners {
    /** Characters flexmark may copy for one paragraph's links: a fraction of a second. */
    static final long BUDGET = 20_000_000L;

    private LinkOpeners() {
    }

    static String bound(String body) {
        int next = body.indexOf("](");
        if (next < 0) {
            return body; // the common case: no link at all, nothing to count
        }
        char[] chars = null;
        int start = 0;
        while (start < body.length() && next >= 0) {
            int end = paragraphEnd(body, start);
            int openers = 0;
            // one pass over the openers for the whole note: searching each paragraph anew would scan on
            // to the note's end for every paragraph that has none
            while (next >= 0 && next < end) {
                openers++;
                next = body.indexOf("](", next + 2);
            }
            long allowed = BUDGET / Math.max(1, end - start);
            if (openers > allowed) {
                if (chars == null) {
                    chars = body.toCharArray();
                }
                mask(chars, start, end, allowed);
            }
            start = end + 1;
        }
        return chars == null ? body : new String(chars);
    }

    /** The end of the run of non-blank lines from {@code start}: a blank line ends a paragraph. */
    private static int paragraphEnd(String body, int start) {
        int at = body.indexOf('\n', start);
        while (at >= 0 && at + 1 < body.length()) {
            int next = body.indexOf('\n', at + 1);
            int lineEnd = next < 0 ? body.length() : next;
            if (body.substring(at + 1, lineEnd).isBlank()) {
                return lineEnd;
            }
            at = next;
        }
        return body.length();
    }

    private static void mask(char[] chars, int from, int to, long keep) {
        long seen = 0;
        for (int i = from; i + 1 < to; i++) {
            if (chars[i] == ']' && chars[i + 1] == '(' && ++seen > keep) {
                chars[i + 1] = '{';
            }
        }
    }
}
