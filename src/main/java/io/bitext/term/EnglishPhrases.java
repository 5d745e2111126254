package io.bitext.term;

/**
 * What an English phrase kept in a note is: a term, normalised to its singular form ({@code policies} →
 * {@code policy}, {@code scale-up runs} → {@code scale-up run}), or a quoted sentence
 * ({@code let’s solve it step by step}). One instance serves one extraction and may cache its answers,
 * since notes repeat their terms.
 */
interface EnglishPhrases {
    /** Whether the phrase is a sentence or a clause rather than a term. */
    boolean isQuote(String phrase);

    /** The phrase with its head noun in the singular; acronym plurals ({@code LLMs}) too. */
    String normalize(String phrase);
}
