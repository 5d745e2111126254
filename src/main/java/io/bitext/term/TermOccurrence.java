package io.bitext.term;

import io.bitext.note.Span;

/**
 * One place where a note uses an English term.
 *
 * @param english      the English as written: {@code scale-up runs}
 * @param normalized   the lemma form used to group occurrences: {@code scale-up run}
 * @param rendering    what the note pairs it with (Chinese rendering, abbreviation or expansion), or null
 * @param pattern      the pattern that produced it
 * @param confidence   0–1: how sure the extractor is of the pairing (bare terms: of being a term)
 * @param englishSpan  where the English stands
 * @param renderingSpan where the rendering stands, or null
 * @param block        the block's index in the note
 * @param section      the section's index (from 1), or 0 outside the sections
 */
public record TermOccurrence(String english, String normalized, String rendering, TermPattern pattern,
                             double confidence, Span englishSpan, Span renderingSpan, int block, int section) {

    public boolean isPair() {
        return rendering != null;
    }

    /** Whether the rendering is Chinese (rather than an abbreviation or an expansion). */
    public boolean hasChineseRendering() {
        return pattern == TermPattern.EN_ZH || pattern == TermPattern.ZH_EN;
    }

    public boolean isTerm() {
        return pattern != TermPattern.QUOTE;
    }
}
