package io.bitext.note;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bitext.TestNotes;
import io.bitext.error.BitextException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A note's bytes, rendered once, are the file's bytes; each caller gets its own copy. */
class RenderBytesTest {

    @Test
    void renderBytesAreTheFilesBytesAndTheSkeletonsRenderEncoded() throws Exception {
        List<Path> notes = new ArrayList<>(TestNotes.corpus());
        notes.add(TestNotes.SEED);
        for (Path path : notes) {
            Note note = NoteReader.read(path);
            byte[] bytes = note.renderBytes();
            assertArrayEquals(Files.readAllBytes(path), bytes, path.toString());
            assertArrayEquals(encoderBytes(note.encoding(), note.skeleton().render()), bytes, path.toString());
            assertNotSame(bytes, note.renderBytes());
        }
    }

    @Test
    void utf8EncodingKeepsTheMarkAndRefusesALoneSurrogate() throws Exception {
        NoteEncoding withMark = new NoteEncoding(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = "强化学习 RL 😀 ＧＰＴ";
        assertArrayEquals(encoderBytes(withMark, text), withMark.encode(text));
        assertThrows(BitextException.class, () -> NoteEncoding.UTF8.encode("a\uD83Db"));
        assertThrows(BitextException.class, () -> NoteEncoding.UTF8.encode("a\uDE00"));
    }

    private static byte[] encoderBytes(NoteEncoding encoding, String text) throws CharacterCodingException {
        var body = encoding.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
        byte[] mark = encoding.byteOrderMark();
        byte[] out = new byte[mark.length + body.remaining()];
        System.arraycopy(mark, 0, out, 0, mark.length);
        body.get(out, mark.length, body.remaining());
        return out;
    }
}
