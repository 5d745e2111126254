package io.bitext.harvest;

import io.bitext.glossary.Entry;
import java.util.List;

/**
 * A term harvested from notes for the glossary.
 *
 * @param english   the most used spelling
 * @param rendering the most used Chinese rendering, or empty
 * @param others    other spellings and short forms the notes use
 * @param count     uses over all notes
 * @param notes     the notes that use it
 * @param context   the source line of its first glossed (else first) use, shortened
 * @param known     the glossary entry that already has this term, or null
 */
public record Candidate(String english, String rendering, List<String> others, int count, List<String> notes,
                        String context, Entry known) {

    public Candidate {
        others = List.copyOf(others);
        notes = List.copyOf(notes);
    }

    public boolean isNew() {
        return known == null;
    }
}
