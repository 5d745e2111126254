package io.bitext.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold files load and agree with their notes; a gold file that does not is refused loudly. */
class GoldTest {

    @Test
    void everyGoldFileMatchesItsNote() {
        TestNotes.corpus();
        List<Gold> golds = Gold.available();
        assertEquals(9, golds.size(), "the seed and the eight corpus notes");
        long tune = golds.stream().filter(g -> g.split().equals("tune")).count();
        assertTrue(tune >= 4 && tune <= 5, "about half the notes are for tuning, not " + tune);
        assertTrue(golds.stream().anyMatch(g -> g.split().equals("test") && g.kind().equals("written")));
        assertTrue(golds.stream().anyMatch(g -> g.split().equals("test") && g.kind().equals("podcast")));
    }

    @Test
    void theSeedIsForTuning() {
        Gold seed = Gold.load(Gold.DIR.resolve(TestNotes.SEED.getFileName() + ".json"), TestNotes.SEED);
        assertEquals("tune", seed.split());
        assertTrue(seed.annotations().stream().anyMatch(a -> a.text().equals("CodeX") && a.line() == 69));
    }

    @Test
    void textNotOnItsLineIsRefused(@TempDir Path dir) throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), "first line\nsecond line with CodeX\n");
        Path json = Files.writeString(dir.resolve("n.md.json"), """
                {"note": "n.md", "folder": "corpus", "split": "test", "kind": "written",
                 "annotations": [{"line": 1, "text": "CodeX", "category": "house-style", "correct": "Codex", "evidence": "x"}],
                 "acceptable": []}
                """);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Gold.load(json, note));
        assertTrue(e.getMessage().contains("line 1 does not contain 'CodeX'"), e.getMessage());
    }

    @Test
    void anUnknownCategoryIsRefused(@TempDir Path dir) throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), "CodeX\n");
        Path json = Files.writeString(dir.resolve("n.md.json"), """
                {"note": "n.md", "folder": "corpus", "split": "test", "kind": "written",
                 "annotations": [{"line": 1, "text": "CodeX", "category": "casing", "correct": "Codex", "evidence": "x"}],
                 "acceptable": []}
                """);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Gold.load(json, note));
        assertTrue(e.getMessage().contains("unknown category 'casing'"), e.getMessage());
    }
}
