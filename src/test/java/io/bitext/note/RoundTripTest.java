package io.bitext.note;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rendering the model back gives the source byte for byte: the basis of safe fixes and merges. */
class RoundTripTest {

    static void assertLossless(Path path) throws Exception {
        Note note = NoteReader.read(path);
        assertArrayEquals(Files.readAllBytes(path), note.renderBytes(), path.toString());
        assertWellFormedSkeleton(note);
    }

    static void assertWellFormedSkeleton(Note note) {
        Skeleton skeleton = note.skeleton();
        int at = 0;
        long textPieces = 0;
        for (Skeleton.Piece piece : skeleton.pieces()) {
            assertEquals(at, piece.span().offset(), "pieces are contiguous");
            at = piece.span().end();
            if (piece.isText()) {
                textPieces++;
                Block block = note.blocks().get(piece.block());
                assertTrue(block.span().encloses(block.text()), "text inside its block");
            }
        }
        assertEquals(note.text().length(), at);
        assertEquals(note.blocks().stream().filter(b -> b.text().length() > 0).count(), textPieces,
                "every block's text is a piece of its own");
    }

    @Test
    void seedIsReproducedByteForByte() throws Exception {
        assertLossless(TestNotes.SEED);
    }

    @Test
    void everyCorpusNoteIsReproducedByteForByte() throws Exception {
        for (Path note : TestNotes.corpus()) {
            assertLossless(note);
        }
    }

    @Test
    void replacingOneBlockChangesOnlyItsText() {
        Note note = NoteReader.read(TestNotes.SEED);
        Block turn = note.sections().get(1).turns().get(1);
        String merged = note.skeleton().render(Map.of(turn.index(), "Hello, glad to be here."));
        String expected = note.text().substring(0, turn.text().offset()) + "Hello, glad to be here."
                + note.text().substring(turn.text().end());
        assertEquals(expected, merged);
        assertTrue(merged.contains("**Jared Faraic（Jerry）**：Hello, glad to be here.\n"));
    }
}
