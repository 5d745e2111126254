package io.bitext.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bitext run} over a folder: a name one note spells unlike three others is reported in that note. */
class CrossNoteNamesTest {
    private static final String NOTE = "# 访谈\n## 摘要\n这期嘉宾是 %s，她谈了 Zorblex 框架。\n"
            + "### 话题（00:01:00 - 00:02:00）\n**主持人**：%s 你好。\n";

    @TempDir
    Path folder;

    private String[] run(String lone) throws IOException {
        Path notes = Files.createDirectories(folder.resolve("notes"));
        for (String name : new String[] {"a", "b", "c"}) {
            Files.writeString(notes.resolve(name + ".md"), NOTE.formatted("Marta Kowalczyk", "Marta Kowalczyk"));
        }
        Files.writeString(notes.resolve("d.md"), NOTE.formatted(lone, lone));
        return TestCli.run("run", notes.toString(), "-o", folder.resolve("out").toString(), "--formats", "check", "--no-progress");
    }

    @Test
    void theLoneSpellingIsInItsNotesFindingsTheConsistencyReportAndTheSummary() throws IOException {
        String[] result = run("Marta Kowalcyk");
        assertEquals("0", result[0], result[2]);
        String findings = Files.readString(folder.resolve("out/d.check.json"));
        assertTrue(findings.contains("‘Marta Kowalcyk’ is written Marta Kowalczyk in 3 other notes of this run (a.md, b.md, c.md)"), findings);
        assertTrue(findings.contains("asr.near-miss"), findings);
        assertFalse(Files.readString(folder.resolve("out/a.check.json")).contains("asr.near-miss"));
        assertTrue(Files.readString(folder.resolve("out/consistency.json")).contains("near-miss"));
        assertTrue(result[1].contains("d.md writes ‘Marta Kowalcyk’; 3 notes write ‘Marta Kowalczyk’ (a.md, b.md, c.md)"), result[1]);
    }

    @Test
    void anotherNameIsNoNearMiss() throws IOException {
        String[] result = run("Marina Kowalska");
        assertFalse(Files.readString(folder.resolve("out/d.check.json")).contains("asr.near-miss"));
        assertFalse(result[1].contains("spells unlike several others"), result[1]);
    }
}
