package io.bitext.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.bitext.TestNotes;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An XLIFF given the note-wide glossary matches marks the same terms as one that matches each text part alone. */
class XliffSharedMatchesTest {

    @Test
    void theNoteWideMatchesMarkWhatEachPartMatchedAloneWould() {
        GlossaryMatcher matcher = GlossaryMatcher.of(Glossary.builtIn());
        List<Path> notes = new ArrayList<>(TestNotes.corpus());
        notes.add(TestNotes.SEED);
        for (Path path : notes) {
            Note note = NoteReader.read(path);
            byte[] bytes = note.renderBytes();
            List<Unit> units = Units.of(note);
            for (String version : List.of("1.2", "2.1")) {
                byte[] alone = XliffExport.write(note, units, bytes, matcher, version, "en", Map.of(), true);
                byte[] shared = XliffExport.write(note, units, bytes, matcher, matcher.findAll(note.text()), version, "en", Map.of(), true);
                assertArrayEquals(alone, shared, path + " XLIFF " + version);
            }
        }
    }
}
