package io.bitext.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A note's lone spelling of a name, held against the spelling several other notes of a run write. */
class OtherNotesTest {
    private static final OtherNotes RUN = OtherNotes.of(Map.of(
            "a.md", Set.of("Marta Kowalczyk", "Ilse Brandt"),
            "b.md", Set.of("Marta Kowalczyk", "Ilse Brandt"),
            "c.md", Set.of("Marta Kowalczyk", "Ilse Brant"),
            "d.md", Set.of("Marta Kowalcyk", "Ilse Brant", "Mattress"),
            "e.md", Set.of("Marta Kowalczyk", "Marta Kowalsky")));

    @Test
    void aLoneSpellingNearSeveralNotesSpellingIsNamedWithThoseNotes() {
        assertEquals(Optional.of(new OtherNotes.Spelling("Marta Kowalczyk", List.of("a.md", "b.md", "c.md", "e.md"))),
                RUN.besides("d.md").usualSpellingOf("Marta Kowalcyk"));
        assertEquals(List.of(new OtherNotes.Miss("d.md", "Marta Kowalcyk",
                new OtherNotes.Spelling("Marta Kowalczyk", List.of("a.md", "b.md", "c.md", "e.md")))), RUN.misses());
    }

    @Test
    void twoNotesAgreeingOrOneNoteWritingBothOrAnotherNameStayQuiet() {
        assertEquals(Optional.empty(), RUN.besides("d.md").usualSpellingOf("Ilse Brant"), "c.md writes it too");
        assertEquals(Optional.empty(), RUN.besides("e.md").usualSpellingOf("Marta Kowalsky"), "e.md writes the usual one itself");
        assertEquals(Optional.empty(), RUN.besides("d.md").usualSpellingOf("Mattress"));
        assertEquals(Optional.empty(), OtherNotes.of(Map.of("a.md", Set.of("Marta Kowalczyk"), "d.md", Set.of("Marta Kowalcyk")))
                .besides("d.md").usualSpellingOf("Marta Kowalcyk"), "one other note is not several");
        assertEquals(Optional.empty(), OtherNotes.none().usualSpellingOf("Marta Kowalcyk"));
    }

    /** Before the names are known every answer is none; the questions kept tell which notes the known names would answer. */
    @Test
    void aRunNotYetKnowingTheNamesKeepsEachNotesQuestions() {
        Map<String, Set<String>> asked = new java.util.concurrent.ConcurrentHashMap<>();
        OtherNotes unknown = OtherNotes.unknown(asked);
        assertEquals(Optional.empty(), unknown.besides("d.md").usualSpellingOf("Marta Kowalcyk"));
        assertEquals(Optional.empty(), unknown.besides("d.md").usualSpellingOf("Mattress"));
        assertEquals(Optional.empty(), unknown.besides("a.md").usualSpellingOf("Ilse Brandt"));
        assertEquals(Map.of("d.md", Set.of("Marta Kowalcyk", "Mattress"), "a.md", Set.of("Ilse Brandt")), asked);
        assertEquals(true, RUN.wouldAnswer("d.md", asked.get("d.md")));
        assertEquals(false, RUN.wouldAnswer("a.md", asked.get("a.md")));
        assertEquals(false, RUN.wouldAnswer("d.md", Set.of("Mattress")));
    }
}
