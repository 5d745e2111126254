package io.bitext.align;

import io.bitext.text.TermKey;
import io.bitext.term.Extraction;
import java.util.List;

/**
 * A note aligned with its English terms: one table per section (and per part without sections), and
 * one for the whole note that merges them.
 *
 * @param note       the note's file name
 * @param title      the note's title
 * @param sections   per-section tables, in note order
 * @param document   every term of the note with its renderings and spellings, most used first
 * @param extraction what the tables were built from: every occurrence, the non-glosses, the ASR remarks
 */
public record Alignment(String note, String title, List<SectionAlignment> sections, List<DocumentTerm> document,
                        Extraction extraction) {

    public Alignment {
        sections = List.copyOf(sections);
        document = List.copyOf(document);
    }

    /** The document row of a term in any of its spellings, or null. */
    public DocumentTerm term(String english) {
        String key = TermKey.of(english);
        return document.stream()
                .filter(t -> TermKey.of(t.english()).equals(key)
                        || t.forms().stream().anyMatch(f -> TermKey.of(f.text()).equals(key)))
                .findFirst().orElse(null);
    }

    /** The table of section {@code index} (as the outline numbers sections), or null. */
    public SectionAlignment section(int index) {
        return sections.stream().filter(s -> s.index() == index).findFirst().orElse(null);
    }
}
