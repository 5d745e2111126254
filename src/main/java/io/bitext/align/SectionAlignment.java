package io.bitext.align;

import io.bitext.note.Excerpt;
import java.util.List;

/**
 * The terms of one stretch of a note: a timed section of the body, or a part without sections (the
 * cover, the summary).
 *
 * @param index     the section's number as the outline gives it, or 0 for a part without sections
 * @param title     the section's (or part's) title
 * @param timeRange {@code 00:07:20 - 00:07:59}, or null
 * @param part      the part the section belongs to
 * @param line      line of its heading (or of its first block)
 * @param terms     its terms, in order of first use
 * @param quotes    English sentences quoted in it ({@code let’s solve it step by step}), not terms
 */
public record SectionAlignment(int index, String title, String timeRange, String part, int line,
                               List<AlignedTerm> terms, List<Excerpt> quotes) {

    public SectionAlignment {
        terms = List.copyOf(terms);
        quotes = List.copyOf(quotes);
    }
}
