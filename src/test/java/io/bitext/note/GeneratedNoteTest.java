package io.bitext.note;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Notes made of random pieces of the shapes real notes use, with every kind of line end. */
class GeneratedNoteTest {

    @Property(tries = 300)
    void renderingGivesTheSourceBack(@ForAll("notes") String text) {
        Note note;
        try {
            note = NoteReader.parse("generated.md", text);
        } catch (io.bitext.error.BitextException userError) {
            return; // empty or unterminated front matter: refused, nothing to render
        }
        assertEquals(text, note.render());
        RoundTripTest.assertWellFormedSkeleton(note);
        for (Block block : note.blocks()) {
            var plain = block.plainText(note.source());
            for (int i = 0; i < plain.length(); i++) {
                assertEquals(plain.text().charAt(i), text.charAt(plain.sourceOffset(i)));
            }
        }
    }

    @Property(tries = 100)
    void bytesSurviveEveryEncoding(@ForAll("notes") String text, @ForAll("encodings") NoteEncoding encoding) {
        byte[] bytes = encoding.encode(text);
        NoteDecoder.Decoded decoded;
        try {
            decoded = NoteDecoder.decode(bytes, "generated.md");
        } catch (io.bitext.error.BitextException refused) {
            return;
        }
        assertEquals(text, decoded.text());
        assertEquals(new String(bytes, decoded.encoding().charset()).replace("\uFEFF", ""), text.replace("\uFEFF", ""));
    }

    @Provide
    Arbitrary<NoteEncoding> encodings() {
        return Arbitraries.of(NoteEncoding.UTF8,
                new NoteEncoding(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                new NoteEncoding(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
                new NoteEncoding(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}));
    }

    @Provide
    Arbitrary<String> notes() {
        return io.bitext.GeneratedNotes.notes();
    }

    @Property(tries = 50)
    void labelsAreRecognisedWhereverTheyStand(@ForAll("names") String name) {
        Note note = NoteReader.parse("t.md", "### s\n**" + name + "**：你好\n**" + name + "**：再见\n");
        assertEquals(List.of(name), note.sections().get(0).speakers());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("Matt Turk", "Jared Faraic（Jerry）", "崔老师", "Speaker A", "Dr. Ng");
    }
}
