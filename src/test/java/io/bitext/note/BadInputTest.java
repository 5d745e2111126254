package io.bitext.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gets one clear line naming the file and the problem, exit 2, nothing written. */
class BadInputTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private void assertRefused(Path note, String expected) {
        Result result = run("outline", note.toString());
        assertEquals(2, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains(expected), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertEquals("", result.out());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return path;
    }

    @Test
    void missingPath() {
        assertRefused(dir.resolve("nope.md"), "no such file");
    }

    @Test
    void folderWithoutNotes() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertRefused(dir.resolve("empty"), "no notes");
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        assertRefused(write("empty.md", new byte[0]), "empty");
        assertRefused(write("blank.md", " \n\t\r\n".getBytes(StandardCharsets.UTF_8)), "empty");
    }

    @Test
    void binaryData() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        assertRefused(write("garbage.md", bytes), "binary");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] bytes = "### 标题\n正文 ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        assertRefused(write("broken.md", broken), "not valid UTF-8");
    }

    @Test
    void unterminatedFrontMatter() throws IOException {
        assertRefused(write("fm.md", "---\ntitle: x\n\n## 封面\n".getBytes(StandardCharsets.UTF_8)), "never closed");
    }

    @Test
    void hugeNoteIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.md");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1000 * 1000);
        }
        assertRefused(big, "larger than");
    }

    @Test
    void legacyAndUtf16EncodingsAreDecoded() throws IOException {
        String text = "---\n{\"a\":1}\n---\n## 封面\n- 标题：推理模型\n### 开场（00:00:00 - 00:00:32）\n**Matt Turk**：你好，reasoning（推理）。\n";
        for (String charset : new String[] {"GB18030", "UTF-16LE", "UTF-16BE"}) {
            for (boolean bom : new boolean[] {false, true}) {
                if (bom && charset.equals("GB18030")) {
                    continue;
                }
                byte[] body = text.getBytes(Charset.forName(charset));
                byte[] mark = !bom ? new byte[0] : charset.endsWith("LE")
                        ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
                byte[] bytes = new byte[mark.length + body.length];
                System.arraycopy(mark, 0, bytes, 0, mark.length);
                System.arraycopy(body, 0, bytes, mark.length, body.length);
                Path path = write("note-" + charset + bom + ".md", bytes);
                Note note = NoteReader.read(path);
                assertEquals(text, note.text(), charset);
                assertEquals("推理模型", note.title());
                assertEquals(1, note.sections().get(0).turns().size());
                assertTrue(java.util.Arrays.equals(bytes, note.renderBytes()), charset + " bytes kept");
            }
        }
    }

    @Test
    void utf8ByteOrderMarkAndCrlfAreKept() throws IOException {
        byte[] body = "\uFEFF### 开场（00:00:00 - 00:00:32）\r\n**Matt Turk**：你好\r\n**Eric**：嗨\r".getBytes(StandardCharsets.UTF_8);
        Path path = write("bom.md", body);
        Note note = NoteReader.read(path);
        assertEquals(2, note.sections().get(0).turns().size());
        assertTrue(java.util.Arrays.equals(body, note.renderBytes()));
    }

    @Test
    void debugShowsTheTrace() {
        Result result = run("outline", "--debug", dir.resolve("nope.md").toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("\tat "), result.err());
    }

    @Test
    void oneBadNoteDoesNotStopTheOthersInRun() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.copy(io.bitext.TestNotes.SEED, notes.resolve("good.md"));
        Files.write(notes.resolve("bad.md"), new byte[] {0, 1, 2, 3, 0, 0});
        Path out = dir.resolve("out");
        Result result = run("run", notes.toString(), "-o", out.toString());
        assertEquals(4, result.code(), "the others were written: a partial run");
        assertTrue(result.err().contains("bad.md"), result.err());
        assertTrue(Files.exists(out.resolve("good.outline.json")));
        assertFalse(Files.exists(out.resolve("bad.outline.json")));
    }
}
