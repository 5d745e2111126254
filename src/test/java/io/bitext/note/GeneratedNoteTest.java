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
        } catch (io.bitext.BitextException userError) {
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
        } catch (io.bitext.BitextException refused) {
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
        Arbitrary<String> words = Arbitraries.of("reasoning（推理）", "奖励模型（reward model）", "RLHF", "policy",
                "**粗体**", "==高亮==", "**", "==", "`code`", "[链接](https://example.com)", "（", "）", "O1（ASR 原文作 0.1）",
                "中文", "English words", " ", "：", "*", "\\", "#", "> ", "1. ", "- ", "**Matt Turk**：", "Eric：", "\t", "🙂");
        Arbitrary<String> line = words.list().ofMinSize(0).ofMaxSize(8).map(l -> String.join("", l));
        Arbitrary<String> heading = Combinators.combine(Arbitraries.of("## ", "### ", "#### "), line,
                Arbitraries.of("", "（00:07:20 - 00:07:59）", "(07:20-07:59)", "（00:61:00 - 00:00:10）"))
                .as((h, t, r) -> h + t + r);
        Arbitrary<String> turn = line.map(t -> "**Jared Faraic（Jerry）**：" + t);
        Arbitrary<String> item = line.map(t -> "- 标题：" + t);
        Arbitrary<String> any = Arbitraries.oneOf(line, heading, turn, item, Arbitraries.just(""));
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
        Arbitrary<String> front = Arbitraries.of("", "---\n{\"a\":1}\n---\n", "---\ntitle: x\ntags: [a, b]\n---\n",
                "---\n: : bad\n---\n");
        return Combinators.combine(front, any.list().ofMaxSize(25), eol)
                .as((f, lines, e) -> f + String.join(e, lines) + (lines.isEmpty() ? "x" : e));
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
