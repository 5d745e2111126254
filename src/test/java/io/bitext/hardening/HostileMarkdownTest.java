package io.bitext.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.error.BitextException;
import io.bitext.TestCli;
import io.bitext.note.BlockKind;
import io.bitext.note.DeepStack;
import io.bitext.note.Inline;
import io.bitext.note.InlineKind;
import io.bitext.note.Note;
import io.bitext.note.NoteEncoding;
import io.bitext.note.NoteReader;
import io.bitext.note.ReaderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ordinary Markdown that once overflowed the stack or cost the square of its length: long thematic
 * breaks, rules made of list markers and of bold markers, quotes and lists nested thousands deep,
 * thousands of link openers. Each is read, and a note nested past what the reader's stack holds is
 * refused with one line for that note alone.
 */
class HostileMarkdownTest {
    @TempDir
    Path dir;

    private static final String HEAD = "# t\n\nx\n\n";

    private static Note read(String text) {
        Note note = NoteReader.parse("n.md", text);
        assertEquals(text, note.render(), "the note renders back to its text");
        return note;
    }

    @Test
    void longThematicBreaksAreRead() {
        for (String rule : new String[] {"-".repeat(10_000), "- ".repeat(10_000), "*".repeat(2_000_000),
                "_ _".repeat(3_000), "   " + "* ".repeat(5_000)}) {
            Note note = read(HEAD + rule + "\n\n后文 reasoning（推理）\n");
            assertEquals(2, note.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).count(), rule.substring(0, 3));
        }
    }

    @Test
    void aLongUnderlineStillMakesASetextHeadingAndASpacedOneDoesNot() {
        Note underlined = read("标题\n" + "-".repeat(5_000) + "\n");
        assertEquals(BlockKind.HEADING, underlined.blocks().get(0).kind());
        Note spaced = read("标题\n" + "- ".repeat(5_000) + "\n");
        assertEquals(BlockKind.PARAGRAPH, spaced.blocks().get(0).kind());
    }

    @Test
    void quotesAndListsNestedThousandsDeepAreRead() {
        Note quoted = read(HEAD + "> - ".repeat(5_000) + "深处 policy（策略）\n");
        assertTrue(quoted.blocks().stream().anyMatch(b -> b.text().cut(quoted.text()).contains("深处")));
        StringBuilder indented = new StringBuilder(HEAD);
        for (int level = 0; level < 100; level++) {
            indented.append("  ".repeat(level)).append("- 第").append(level).append("层\n");
        }
        assertEquals(100, read(indented.toString()).blocks().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).count());
    }

    @Test
    void listsNestedThousandsDeepByIndentationAreRefusedWithOneLineAndShallowOnesRead() {
        StringBuilder deep = new StringBuilder("---\ntitle: t\n---\n" + HEAD);
        for (int level = 0; level < 2_000; level++) {
            deep.append("  ".repeat(level)).append("- 第").append(level).append("层\n");
        }
        BitextException e = assertThrows(BitextException.class, () -> read(deep.toString()));
        assertTrue(e.getMessage().matches("n\\.md:\\d+: lists nested too deeply by indentation to be read \\(\\d+ levels open\\)"), e.getMessage());
        String onOneLine = HEAD + "- ".repeat(1_000) + "x\n" + (" ".repeat(2_000) + "续\n").repeat(200);
        assertThrows(BitextException.class, () -> read(onOneLine));
        StringBuilder code = new StringBuilder(HEAD + "- 代码：\n\n");
        for (int i = 0; i < 20_000; i++) {
            code.append(" ".repeat(6 + i % 60)).append("x = ").append(i).append('\n');
        }
        assertTrue(read(code.toString()).blocks().size() > 1, "deeply indented code in a list is read");
    }

    @Test
    void thousandsOfLinkOpenersAreReadAndOrdinaryLinksStayLinks() {
        Note opened = read(HEAD + "**Ann**：" + "[".repeat(20_000) + "](".repeat(20_000) + "\n");
        assertEquals(BlockKind.TURN, opened.blocks().get(2).kind());
        Note links = read(HEAD + "**Ann**：" + "见 [文](https://a.example/x) 与 **粗** ".repeat(200) + "\n");
        long found = links.blocks().get(2).inlines().stream().map(Inline::kind).filter(k -> k == InlineKind.LINK).count();
        assertEquals(200, found);
    }

    @Test
    void marksOfManyTurnsInOneParagraphBelongToTheirTurn() {
        StringBuilder text = new StringBuilder(HEAD);
        for (int i = 0; i < 400; i++) {
            text.append("**Ann**：第").append(i).append("句 *斜* `code`\n");
        }
        Note note = read(text.toString());
        assertEquals(400, note.blocks().stream().filter(b -> b.kind() == BlockKind.TURN).count());
        assertTrue(note.blocks().stream().filter(b -> b.kind() == BlockKind.TURN)
                .allMatch(b -> b.inlines().size() == 2 && b.inlines().stream().allMatch(i -> b.span().contains(i.span().offset()))));
    }

    @Test
    void aStageDeeperThanTheStackIsOneErrorForThatNote() {
        BitextException refused = assertThrows(BitextException.class, () -> DeepStack.run("deep.md", 1024 * 1024, () -> recurse(0)));
        assertEquals("deep.md: nested too deeply to be read (lists, quotes or marks thousands of levels deep)", refused.getMessage());
        assertEquals("done", DeepStack.run("n.md", () -> "done"));
        assertThrows(IllegalStateException.class, () -> DeepStack.run("n.md", () -> {
            throw new IllegalStateException("a bug stays a bug");
        }));
    }

    @Test
    void onAThreadWithTheStagesStackAStageRunsInPlaceAndAnOverflowIsStillOneError() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(DeepStack.threads("t"));
        try {
            Thread poolThread = pool.submit(Thread::currentThread).get();
            assertEquals(poolThread, pool.submit(() -> DeepStack.run("n.md", Thread::currentThread)).get());
            BitextException refused = assertThrows(BitextException.class,
                    () -> runOn(pool, () -> DeepStack.run("deep.md", () -> recurse(0))));
            assertEquals("deep.md: nested too deeply to be read (lists, quotes or marks thousands of levels deep)", refused.getMessage());
            assertEquals("next", pool.submit(() -> DeepStack.run("n.md", () -> "next")).get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T runOn(ExecutorService pool, Callable<T> task) throws Exception {
        try {
            return pool.submit(task).get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void noteTextInMemoryIsCappedLikeAFile() {
        NoteReader small = new NoteReader(ReaderOptions.defaults().withMaxBytes(1024 * 1024));
        String big = "## 全文\n" + "推理".repeat(200_000) + "\n"; // 400,000 chars, 1.2 MB in UTF-8
        BitextException refused = assertThrows(BitextException.class, () -> small.parseText("x.md", big, NoteEncoding.UTF8));
        assertEquals("x.md: 1.1 MiB is larger than the 1 MiB a note may have", refused.getMessage());
    }

    @Test
    void theCommandLineReadsAThematicBreakAndRunCompletesBesideABinaryNote() throws Exception {
        Path note = dir.resolve("d.md");
        Files.writeString(note, "# t\n\nx\n\n" + "-".repeat(10_000) + "\n");
        String[] r = TestCli.run("check", note.toString());
        assertEquals("0", r[0], r[2]);
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("b.md"), "## 全文\n### 话题\n**Ann**：reasoning（推理）\n");
        Files.write(vault.resolve("c.md"), new byte[] {1, 2, 0, 3});
        r = TestCli.run("run", vault.toString(), "-o", dir.resolve("out").toString(), "--no-progress");
        assertFalse(r[2].contains("\tat "), r[2]);
        assertTrue(r[1].contains("c.md") || r[2].contains("c.md"), "the binary note is reported: " + r[1] + r[2]);
        try (var outputs = Files.list(dir.resolve("out"))) {
            assertTrue(outputs.anyMatch(f -> f.getFileName().toString().startsWith("b.")), "the good note is done: " + r[1]);
        }
    }
}
