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

    /**
     * One iterator per thread, reset to each text: ICU builds an iterator by cloning its rules, which
     * costs more than splitting a paragraph, and an iterator holds no state past {@link #bounds}.
     */
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ULocale.SIMPLIFIED_CHINESE));

    private ChineseSentences() {
    }

    /** Sentence boundaries as [start, end) pairs; trailing whitespace stays with its sentence. */
    public static List<int[]> bounds(String text) {
        BreakIterator iterator = ITERATOR.get();
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
