package io.bitext.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestCli;
import io.bitext.TestNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenNoteIsReportedWhileTheOthersComplete() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.writeString(vault.resolve(".obsidian").resolve("workspace.md"), "not a note");
        Files.copy(TestNotes.SEED, vault.resolve("seed.txt"));
        Files.createDirectories(vault.resolve("sub"));
        Files.copy(TestNotes.SEED, vault.resolve("sub").resolve("seed.txt"));
        byte[] garbage = new byte[4000];
        new Random(7).nextBytes(garbage);
        Files.write(vault.resolve("broken.md"), garbage);
        Path out = dir.resolve("out");
        String[] r = TestCli.run("run", vault.toString(), "-o", out.toString(), "--no-progress");
        assertEquals("4", r[0], "a failed note while the others were written makes the exit code 4");
        assertTrue(r[2].contains("broken.md: binary data"), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        for (String stem : List.of("vault__seed", "sub__seed")) {
            for (String suffix : List.of(".outline.json", ".align.json", ".check.json", ".xlf", ".tmx", ".docx")) {
                assertTrue(Files.size(out.resolve(stem + suffix)) > 0, stem + suffix);
            }
        }
        assertTrue(Files.exists(out.resolve("glossary.tbx")) && Files.exists(out.resolve("consistency.json")));
        assertFalse(Files.exists(out.resolve("workspace.outline.json")), ".obsidian is skipped");
        assertTrue(r[1].contains("3 notes in"), r[1]);
        assertTrue(r[1].contains("2 done, 1 failed"), r[1]);
    }

    @Test
    void formatsChooseWhichPerNoteFilesAreWritten() throws Exception {
        Path out = dir.resolve("only");
        String[] r = TestCli.run("run", TestNotes.SEED.toString(), "-o", out.toString(), "--formats", "xliff,TMX", "--no-progress");
        assertEquals("0", r[0], r[2]);
        String stem = TestNotes.SEED.getFileName().toString().replaceFirst("\\.txt$", "");
        assertTrue(Files.size(out.resolve(stem + ".xlf")) > 0 && Files.size(out.resolve(stem + ".tmx")) > 0);
        for (String skipped : List.of(".outline.json", ".align.json", ".check.json", ".docx")) {
            assertFalse(Files.exists(out.resolve(stem + skipped)), stem + skipped);
        }
        assertTrue(Files.exists(out.resolve("glossary.tbx")) && Files.exists(out.resolve("consistency.json")));
        assertTrue(r[1].contains("1 note in"), r[1]);

        String[] bad = TestCli.run("run", TestNotes.SEED.toString(), "-o", dir.resolve("bad").toString(), "--formats", "pdf");
        assertEquals("2", bad[0]);
        assertEquals("bitext: unknown format 'pdf' (outline, align, check, xliff, tmx, docx, html)", bad[2].strip());
        assertFalse(Files.exists(dir.resolve("bad")), "nothing is written when the command line is wrong");
    }

    @Test
    void crossNoteReportNamesTheNotesThatDiffer() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("v"));
        Files.copy(TestNotes.SEED, vault.resolve("a.md"));
        Files.writeString(vault.resolve("b.md"), "## 全文\n### 话题\n**Ann**：从 o1 到 reasoning（推理过程）再到 policy（策略）\n");
        Files.writeString(vault.resolve("c.md"), "## 全文\n### 话题\n**Bo**：reasoning（推理过程）与 policy（政策）\n");
        String[] r = TestCli.run("run", vault.toString(), "-o", dir.resolve("o").toString(), "--no-progress");
        assertEquals("0", r[0], r[2]);
        String report = Files.readString(dir.resolve("o").resolve("consistency.json"));
        assertTrue(r[1].contains("reasoning") && r[1].contains("推理 in 1") && r[1].contains("推理过程 in 2"), r[1]);
        assertTrue(report.contains("\"kind\" : \"spelling\""), report);
        assertTrue(report.contains("\"O1\"") && report.contains("\"o1\""), report);
        assertTrue(report.contains("\"policy\""), report);
    }

    @Test
    void outputNamesNeverCollide() {
        assertEquals(List.of("a__n", "b__n", "m"), Batch.stems(List.of(Path.of("x/a/n.md"), Path.of("x/b/n.txt"), Path.of("x/m.md"))));
        assertEquals(List.of("a__n", "a__n-2"), Batch.stems(List.of(Path.of("y/a/n.md"), Path.of("z/a/n.md"))));
    }
}
