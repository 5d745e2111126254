package io.bitext.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.bitext.TestNotes;
import io.bitext.text.MappedText;
import org.junit.jupiter.api.Test;

/** A note makes each of its blocks' plain texts once; a block not among them is read anew, not from the cache. */
class NotePlainTextTest {

    @Test
    void eachBlocksPlainTextIsMadeOnceAndIsTheBlocksOwn() {
        Note note = NoteReader.parse("seed.txt", TestNotes.seedText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Note other = NoteReader.parse("other.txt", "# 标题\n\n另一段 **RLHF** 文字。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Block block : note.blocks()) {
            MappedText plain = note.plainText(block);
            MappedText fresh = block.plainText(note.source());
            assertEquals(fresh.text(), plain.text());
            for (int i = 0; i < plain.length(); i++) {
                assertEquals(fresh.sourceOffset(i), plain.sourceOffset(i));
            }
            assertSame(plain, note.plainText(block));
        }
        Block foreign = other.blocks().get(other.blocks().size() - 1);
        // as Block.plainText(note.source()) reads it, and never the cached text of the block at its index
        assertEquals(foreign.plainText(note.source()).text(), note.plainText(foreign).text());
        assertNotSame(note.plainText(foreign), note.plainText(foreign));
    }
}
