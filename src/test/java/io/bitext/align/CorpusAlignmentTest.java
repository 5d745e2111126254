package io.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.bitext.TestNotes;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.term.TermOccurrence;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The corpus notes, of other shapes than the seed, align without errors and with sound spans. */
class CorpusAlignmentTest {

    @Test
    void everyCorpusNoteAligns() {
        for (Path path : TestNotes.corpus()) {
            Note note = NoteReader.read(path);
            Alignment alignment = Aligner.align(note);
            assertFalse(alignment.document().isEmpty(), path + " yields no term");
            for (TermOccurrence o : alignment.extraction().occurrences()) {
                assertEquals(o.english(), o.englishSpan().cut(note.text()), path + " " + o);
                if (o.renderingSpan() != null) {
                    assertEquals(o.rendering(), o.renderingSpan().cut(note.text()), path + " " + o);
                }
            }
            System.out.printf("%s: %d pairs, %d terms%n", path.getFileName(), alignment.extraction().pairs().size(),
                    alignment.document().size());
        }
    }
}
