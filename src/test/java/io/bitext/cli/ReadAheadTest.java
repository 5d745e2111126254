package io.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bitext.error.BitextException;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {
    private static final String NOTE = "## 封面\n- 标题：推理\n\n### 推理（00:00:01 - 00:00:09）\n**Host**：reasoning（推理）很重要。\n";

    @TempDir
    Path dir;

    @Test
    void theNoteOfCheckFileIsReadAheadAndTakenOnce() throws Exception {
        Path note = Files.writeString(dir.resolve("a.md"), NOTE, StandardCharsets.UTF_8);
        ReadAhead.start(new String[] {"check", note.toString()});
        assertEquals(note, ReadAhead.pending());
        CompletableFuture<Note> first = ReadAhead.read(Path.of(note.toString()));
        CompletableFuture<Note> second = ReadAhead.read(Path.of(note.toString()));
        assertNotSame(first, second, "a read-ahead is handed out once");
        assertEquals(NoteReader.read(note).text(), first.join().text());
        assertEquals(first.join().text(), second.join().text());
    }

    @Test
    void anotherNoteIsReadAfreshAndTheGuessIsDropped() throws Exception {
        Path guessed = Files.writeString(dir.resolve("a.md"), NOTE, StandardCharsets.UTF_8);
        Path other = Files.writeString(dir.resolve("b.md"), NOTE.replace("推理", "规划"), StandardCharsets.UTF_8);
        ReadAhead.start(new String[] {"check", guessed.toString()});
        assertEquals(NoteReader.read(other).text(), ReadAhead.read(other).join().text());
        assertNull(ReadAhead.pending());
        assertEquals(NoteReader.read(guessed).text(), ReadAhead.read(guessed).join().text());
    }

    @Test
    void onlyTheExactFormCheckFileIsReadAhead() throws Exception {
        Path note = Files.writeString(dir.resolve("a.md"), NOTE, StandardCharsets.UTF_8);
        for (String[] args : new String[][] {
                {"check", "--format", "json", note.toString()}, {"run", note.toString()}, {"check"},
                {"check", dir.toString()}, {"check", dir.resolve("missing.md").toString()}, {"check", "-"}}) {
            ReadAhead.start(args);
            assertNull(ReadAhead.pending(), String.join(" ", args));
        }
        ReadAhead.start(new String[] {"check", note.toString()});
        assertEquals(note, ReadAhead.pending());
        ReadAhead.read(note).join();
        assertNull(ReadAhead.pending());
    }

    @Test
    void aNoteThatCannotBeReadFailsAsItWouldWithoutTheReadAhead() throws Exception {
        Path binary = Files.write(dir.resolve("a.md"), new byte[] {0, (byte) 0xff, 0, 1, 2});
        ReadAhead.start(new String[] {"check", binary.toString()});
        CompletionException ahead = assertThrows(CompletionException.class, () -> ReadAhead.read(binary).join());
        BitextException direct = assertThrows(BitextException.class, () -> NoteReader.read(binary));
        assertEquals(direct.getMessage(), ahead.getCause().getMessage());
    }
}
