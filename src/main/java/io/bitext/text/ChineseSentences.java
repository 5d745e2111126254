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
        BreakIterator iterator = BreakIterator.getSentenceInstance(ULocale.SIMPLIFIED_CHINESE);
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
