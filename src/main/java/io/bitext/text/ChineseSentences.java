package io.bitext.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese (and mixed) text into sentences with ICU's rules for {@code zh}, which keep closing
 * quotes and brackets with the sentence they close: {@code 他说：“好。”} is one sentence.
 */
public final class ChineseSentences {

    private ChineseSentences() {
    }

    /** Sentence boundaries as [start, end) pairs; trailing whitespace stays with its sentence. */
    public static List<int[]> bounds(String text) {
        return bounds(iterator(), text);
    }

    /**
     * A sentence iterator to hand to {@link #bounds(BreakIterator, String)} for many texts in a row:
     * ICU builds each one by cloning its rules, which costs more than splitting a paragraph. It
     * belongs to one thread.
     */
    public static BreakIterator iterator() {
        return BreakIterator.getSentenceInstance(ULocale.SIMPLIFIED_CHINESE);
    }

    /** The same with an iterator from {@link #iterator()}, which it resets to {@code text}. */
    public static List<int[]> bounds(BreakIterator iterator, String text) {
        iterator.setText(text);
        List<int[]> bounds = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            bounds.add(new int[] {start, end});
        }
        return bounds;
    }

    public static List<String> split(String text) {
        return bounds(text).stream().map(b -> text.substring(b[0], b[1])).toList();
    }
}
