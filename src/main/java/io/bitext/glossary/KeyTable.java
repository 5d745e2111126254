package io.bitext.glossary;

import java.util.List;

/** The keys of one {@link FormIndex} over a run of a glossary's entries, and their postings. */
interface KeyTable {
    /** The postings filed under {@code key} in glossary order; empty when none. */
    List<FormIndex.Posting> get(String key);

    /** Whether anything is filed under {@code key}. */
    default boolean contains(String key) {
        return !get(key).isEmpty();
    }

    /** Every key, in no particular order: for comparing two tables. */
    List<String> keys();
}
