package io.bitext.xliff;

import io.bitext.text.ChineseSentences;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where a unit's text may be cut into segments: ICU's sentence ends, less every end that falls inside
 * a pair of brackets or quotation marks ({@code （…）}, {@code “…”}, {@code 《…》}…). A segment must
 * never end on an opening bracket and start its successor inside it: a translator sees each segment
 * alone, and a CAT tool's tag and punctuation checks fail on half a pair. An end just after an opening
 * bracket ({@code 目标。（}) moves back before it, where the sentence really ended. A "sentence" with no
 * letter in it ({@code 1. } before {@code 安装}, ICU's reading of a numbered heading) joins the next.
 */
final class SentenceEnds {
    private static final String OPENERS = "（(【[「『《〈“‘";
    private static final String CLOSERS = "）)】]」』》〉”’";
    /** The ASCII brackets among them, and the lowest of the others: a quick "not a bracket" for most characters. */
    private static final boolean[] ASCII_PAIRED = new boolean[128];
    private static final char FIRST_WIDE;

    static {
        char first = Character.MAX_VALUE;
        for (char c : (OPENERS + CLOSERS).toCharArray()) {
            if (c < 128) {
                ASCII_PAIRED[c] = true;
            } else {
                first = (char) Math.min(first, c);
            }
        }
        FIRST_WIDE = first;
    }

    private SentenceEnds() {
    }

    /**
     * @param text   the unit's text as the note has it
     * @param base   the text's offset in the note; the ends returned are note offsets
     * @param masked per character of {@code text}, whether it belongs to a code (link markup, a URL),
     *               whose brackets do not count
     */
    static List<Integer> of(String text, int base, boolean[] masked) {
        int[] depth = depths(text, masked);
        List<Integer> ends = new ArrayList<>();
        for (int[] bounds : ChineseSentences.bounds(text)) {
            int end = bounds[1];
            int back = end;
            while (back > 0 && depth[back] > 0 && OPENERS.indexOf(text.charAt(back - 1)) >= 0 && !masked[back - 1]) {
                back--;
            }
            while (back > 0 && depth[back] == 0 && back < end && Character.isWhitespace(text.charAt(back - 1))) {
                back--;
            }
            int cut = depth[back] == 0 ? back : depth[end] == 0 ? end : -1;
            int previous = ends.isEmpty() ? 0 : ends.get(ends.size() - 1) - base;
            if (cut > previous && hasLetter(text, previous, cut)) {
                ends.add(base + cut);
            }
        }
        return ends;
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** depth[i]: how many pairs are open just before character i (depth[length] after the last). */
    private static int[] depths(String text, boolean[] masked) {
        int[] depth = new int[text.length() + 1];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            depth[i] = open.size();
            if (masked[i]) {
                continue;
            }
            char c = text.charAt(i);
            if (c < 128 ? !ASCII_PAIRED[c] : c < FIRST_WIDE) {
                continue; // neither opens nor closes a pair: most characters
            }
            int closer = CLOSERS.indexOf(c);
            if (closer >= 0 && !open.isEmpty() && open.peek() == closer) {
                open.pop();
            } else if (closer >= 0 && open.contains(closer)) {
                while (open.pop() != closer) {
                    // a bracket left open inside the pair being closed does not outlive it
                }
            } else if (OPENERS.indexOf(c) >= 0 && !apostrophe(text, i)) {
                open.push(OPENERS.indexOf(c));
            }
        }
        depth[text.length()] = open.size();
        return depth;
    }

    /** ‘ between letters is used as an apostrophe by some keyboards; it opens nothing. */
    private static boolean apostrophe(String text, int i) {
        return text.charAt(i) == '‘' && i > 0 && Character.isLetter(text.charAt(i - 1));
    }
}
