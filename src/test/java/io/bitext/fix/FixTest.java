package io.bitext.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.TestCli;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.check.Finding;
import io.bitext.glossary.Glossary;
import io.bitext.note.NoteReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixTest {
    @TempDir
    Path dir;

    private Path copyOfSeed() throws Exception {
        Path copy = dir.resolve("seed.md");
        Files.copy(TestNotes.SEED, copy);
        return copy;
    }

    @Test
    void fixChangesExactlyTheSafeSpansAndTheSecondCheckNoLongerReportsThem() throws Exception {
        Path note = copyOfSeed();
        byte[] original = Files.readAllBytes(note);
        Checker checker = new Checker(Glossary.load(Path.of("glossary")));
        CheckResult before = checker.check(NoteReader.read(note), CheckConfig.defaults());
        List<int[]> safeSpans = new ArrayList<>();
        for (Finding f : before.findings()) {
            if (f.safeFix() != null) {
                f.places().forEach(p -> safeSpans.add(new int[] {p.offset(), p.length()}));
            }
        }
        String[] r = TestCli.run("fix", note.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("-### 内部自用工具：CodeX 与 ChatGPT（00:31:34 - 00:32:35）\n+### 内部自用工具：Codex 与 ChatGPT（00:31:34 - 00:32:35）"), r[1]);
        assertArrayEquals(original, Files.readAllBytes(dir.resolve("seed.md.bak")), "the backup is the original");

        String old = new String(original, StandardCharsets.UTF_8);
        String fixed = Files.readString(note);
        // outside the safe spans nothing changed: walk both texts span by span
        safeSpans.sort((a, b) -> Integer.compare(a[0], b[0]));
        int o = 0;
        int n = 0;
        for (int[] span : safeSpans) {
            assertEquals(old.substring(o, span[0]), fixed.substring(n, n + span[0] - o));
            n += span[0] - o;
            String replacement = before.findings().stream().filter(f -> f.safeFix() != null)
                    .filter(f -> f.places().stream().anyMatch(p -> p.offset() == span[0])).findFirst().orElseThrow().safeFix().text();
            assertEquals(replacement, fixed.substring(n, n + replacement.length()));
            n += replacement.length();
            o = span[0] + span[1];
        }
        assertEquals(old.substring(o), fixed.substring(n));

        CheckResult after = checker.check(NoteReader.read(note), CheckConfig.defaults());
        assertFalse(after.findings().stream().anyMatch(f -> f.safeFix() != null), after.findings().toString());
        assertTrue(after.findings().stream().anyMatch(f -> f.rule().equals("names.title-mismatch")), "unsafe ones stay");
    }

    @Test
    void dryRunWritesNothingAndNoBackupKeepsNoCopy() throws Exception {
        Path note = copyOfSeed();
        byte[] original = Files.readAllBytes(note);
        String[] r = TestCli.run("fix", "--dry-run", note.toString());
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("dry run; nothing written"));
        assertArrayEquals(original, Files.readAllBytes(note));
        assertFalse(Files.exists(dir.resolve("seed.md.bak")));
        assertEquals("0", TestCli.run("fix", "--no-backup", "--rules", "glossary.forbidden", note.toString())[0]);
        assertFalse(Files.exists(dir.resolve("seed.md.bak")));
        String fixed = Files.readString(note);
        assertTrue(fixed.contains("Codex") && fixed.contains("ChatGPT-5"), "only the named rule's fixes");
    }

    @Test
    void keepsCrlfAndBom() throws Exception {
        Path note = dir.resolve("crlf.md");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "## 全文\r\n### 话题\r\n**Ann**：CodeX 很好\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(note, bytes);
        assertEquals("0", TestCli.run("fix", "--no-backup", note.toString())[0]);
        byte[] fixed = Files.readAllBytes(note);
        assertEquals((byte) 0xEF, fixed[0]);
        assertEquals("\uFEFF## 全文\r\n### 话题\r\n**Ann**：Codex 很好\r\n", new String(fixed, StandardCharsets.UTF_8));
    }
}
