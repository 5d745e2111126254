package io.bitext.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestCli;
import io.bitext.TestNotes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input nobody should write but somebody will: every case ends in a correct result or in one clear
 * line and exit code 2, never a stack trace, within a time that stays proportional to the input.
 */
class HostileInputTest {
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path note(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** Runs a command and checks it neither crashed nor printed a trace; returns {exit, out, err}. */
    private static String[] clean(String... args) {
        String[] r = assertTimeoutPreemptively(BOUND, () -> TestCli.run(args));
        assertTrue(r[0].equals("0") || r[0].equals("1") || r[0].equals("2"), "exit " + r[0] + ": " + r[2]);
        assertFalse(r[2].contains("\tat ") || r[2].contains("internal error"), r[2]);
        assertTrue(r[2].strip().lines().count() <= 1, "at most one line on stderr: " + r[2]);
        return r;
    }

    @Test
    void aTwoMegabyteSingleLine() throws Exception {
        // two megabytes show a cost that grows with the line as well as five did, in less than half the time
        String line = "**Ann**：" + "推理（reasoning）与 policy 的关系，".repeat(2 * 1024 * 1024 / 40) + "\n";
        Path big = note("line.md", "## 全文\n### 话题（00:00:01 - 00:00:09）\n" + line);
        assertEquals("0", clean("align", "--json", big.toString())[0]);
        assertEquals("0", clean("check", "--fail-on", "error", big.toString())[0]);
    }

    @Test
    void aHugeRunOfEnglishIsNotAnalysedAsOnePhrase() throws Exception {
        Path english = note("english.md", "## 全文\n### 话题\n**Ann**：" + "reasoning models think ".repeat(200_000) + "\n");
        assertEquals("0", clean("align", english.toString())[0]);
    }

    @Test
    void tenThousandNestedListLevels() throws Exception {
        StringBuilder text = new StringBuilder("## 全文\n### 话题\n");
        for (int level = 0; level < 10_000; level++) {
            text.append("  ".repeat(level)).append("- 第").append(level).append("层 policy（策略）\n");
        }
        Path nested = note("nested.md", text.toString());
        String[] r = clean("check", nested.toString());
        assertTrue(r[0].equals("0") || r[2].contains("nested"), r[2]);
    }

    @Test
    void aHundredThousandUnclosedMarks() throws Exception {
        Path stars = note("stars.md", "## 全文\n### 话题\n**Ann**：" + "**强调 ".repeat(100_000) + "\n");
        Path equals = note("equals.md", "## 全文\n### 话题\n**Ann**：" + "==高亮 ".repeat(100_000) + "\n");
        assertEquals("0", clean("align", stars.toString())[0]);
        assertEquals("0", clean("align", equals.toString())[0]);
        assertTrue(clean("export", stars.toString(), "--xliff", dir.resolve("s.xlf").toString())[0].equals("0"));
    }

    @Test
    void unbalancedBracketsAndBrokenTimeRanges() throws Exception {
        Path text = note("brackets.md", "## 全文\n### 坏的时间（00:61:00 - 00:00:10）\n**Ann**：（（（未闭合 reasoning（推理\n"
                + "### 反的时间（00:05:00 - 00:01:00）\n**Bo**：）））\n");
        String[] r = clean("check", "--fail-on", "error", text.toString());
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("structure.time-order"), r[1]);
        assertTrue(r[1].contains("‘（’ is never closed [typography.unbalanced]"), r[1]);
    }

    @Test
    void malformedFrontMatterLeavesTheNoteUsable() throws Exception {
        Path text = note("front.md", "---\n: : [unclosed\n---\n## 全文\n### 话题\n**Ann**：reasoning（推理）\n");
        assertEquals("0", clean("align", text.toString())[0]);
    }

    @Test
    void carriageReturnOnlyLineEndsSurviveFixAndMerge() throws Exception {
        byte[] cr = "## 全文\r### 话题（00:00:01 - 00:00:09）\r**Ann**：CodeX 与 reasoning（推理）\r".getBytes(StandardCharsets.UTF_8);
        Path note = dir.resolve("cr.md");
        Files.write(note, cr);
        assertEquals("0", clean("fix", "--no-backup", note.toString())[0]);
        assertEquals("## 全文\r### 话题（00:00:01 - 00:00:09）\r**Ann**：Codex 与 reasoning（推理）\r", Files.readString(note));
        Path xlf = dir.resolve("cr.xlf");
        assertEquals("0", clean("export", note.toString(), "--xliff", xlf.toString())[0]);
        Path back = dir.resolve("back.md");
        assertEquals("0", clean("import", xlf.toString(), "--out", back.toString())[0]);
        assertEquals(Files.readString(note), Files.readString(back));
    }

    @Test
    void importRefusesToWriteOverTheSourceNoteOrTheXliff() throws Exception {
        Path note = note("talk.md", "## 全文\n### 话题\n**Ann**：reasoning（推理）\n");
        String original = Files.readString(note);
        Path xlf = dir.resolve("talk.xlf");
        assertEquals("0", clean("export", note.toString(), "--xliff", xlf.toString())[0]);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere")).resolve("talk.md");
        Files.writeString(elsewhere, original);
        Path link = dir.resolve("link.md");
        Files.createSymbolicLink(link, note);
        for (Path out : new Path[] {note, dir.resolve("sub/../talk.md"), elsewhere, link, xlf}) {
            String[] r = clean("import", xlf.toString(), "--out", out.toString());
            assertEquals("2", r[0], out.toString());
            assertTrue(r[2].startsWith("bitext: " + out + ": would overwrite"), r[2]);
        }
        assertEquals(original, Files.readString(note));
        assertEquals(original, Files.readString(elsewhere));
        assertTrue(Files.readString(xlf).startsWith("<?xml"), "the XLIFF is untouched");
        assertEquals("0", clean("import", xlf.toString(), "--out", dir.resolve("talk.en.md").toString())[0]);
    }

    @Test
    void anXliffWhoseTargetsGrowTheNotePastItsLimitIsRefused() throws Exception {
        Path note = note("grow.md", "## 全文\n### 话题\n**Ann**：独特词 reasoning（推理）\n");
        Path xlf = dir.resolve("grow.xlf");
        assertEquals("0", clean("export", note.toString(), "--xliff", xlf.toString())[0]);
        String xliff = Files.readString(xlf);
        int last = xliff.lastIndexOf("独特词");
        Files.writeString(xlf, xliff.substring(0, last) + "长".repeat(7 * 1024 * 1024) + xliff.substring(last));
        Path out = dir.resolve("grow.en.md");
        String[] r = clean("import", xlf.toString(), "--out", out.toString());
        assertEquals("2", r[0], r[1]);
        assertTrue(r[2].contains("larger than the 20 MiB a note may have; nothing written"), r[2]);
        assertFalse(Files.exists(out));
    }

    @Test
    void glossaryWithAQuotedTabIsAClearError() throws Exception {
        Path glossary = Files.createDirectories(dir.resolve("g"));
        Files.writeString(glossary.resolve("g.tsv"), "id\ten\tzh\ttype\nx\t\"a\tb\"\t甲\tterm\n");
        String[] r = clean("glossary", "validate", "-g", glossary.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("g.tsv:2: 5 cells where the header has 4"), r[2]);
    }

    @Test
    void aMillionRowGlossaryLoads() throws Exception {
        Path glossary = Files.createDirectories(dir.resolve("big"));
        StringBuilder rows = new StringBuilder("id\ten\tzh\ttype\n");
        for (int i = 0; i < 1_000_000; i++) {
            rows.append('t').append(i).append("\tterm ").append(i).append('\t').append("术语").append(i).append("\tterm\n");
        }
        Files.writeString(glossary.resolve("g.tsv"), rows);
        String[] r = clean("glossary", "validate", "-g", glossary.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("1000000 concepts"), r[1]);
    }

    @Test
    void aZipOrAZipBombWhereXliffIsExpectedIsRefused() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(new byte[20 * 1024 * 1024]); // compresses to a few kilobytes
            out.closeEntry();
        }
        for (String name : new String[] {"bomb.docx", "bomb.xlf"}) {
            Path file = dir.resolve(name);
            Files.write(file, zip.toByteArray());
            String[] r = clean("import", file.toString());
            assertEquals("2", r[0]);
            assertTrue(r[2].startsWith("bitext: " + file), r[2]);
        }
    }

    @Test
    void billionLaughsAndWrongNamespacesAreRefused() throws Exception {
        Path laughs = dir.resolve("laughs.xlf");
        StringBuilder entities = new StringBuilder("<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Files.writeString(laughs, "<?xml version=\"1.0\"?><!DOCTYPE x [" + entities + "]><xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\""
                + " version=\"1.2\"><file original=\"a\"><body>&l9;</body></file></xliff>");
        String[] r = clean("import", laughs.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("DOCTYPE"), r[2]);
        Path wrong = dir.resolve("wrong.xlf");
        Files.writeString(wrong, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.1\" version=\"1.1\"/>");
        assertTrue(clean("import", wrong.toString())[2].contains("not XLIFF 1.2 or 2.x"));
    }

    @Test
    void outputNamesFromHostileNoteNamesStayInTheOutputFolder() throws Exception {
        Path odd = Files.createDirectories(dir.resolve("notes"));
        Files.copy(TestNotes.SEED, odd.resolve("con.md"));
        Files.copy(TestNotes.SEED, odd.resolve("..note..md"));
        Path out = dir.resolve("out");
        assertEquals("0", clean("run", odd.toString(), "-o", out.toString(), "--no-progress")[0]);
        try (var files = Files.list(out)) {
            assertTrue(files.allMatch(f -> f.getParent().equals(out)));
        }
        assertTrue(Files.exists(out.resolve("_con.docx")), "reserved Windows names are escaped");
    }
}
