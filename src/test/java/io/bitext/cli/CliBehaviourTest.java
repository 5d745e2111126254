package io.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestCli;
import io.bitext.TestNotes;
import io.bitext.check.Checker;
import io.bitext.check.Rule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a new user meets first: help, the glossary in use, options honoured alike by every command, exit codes. */
class CliBehaviourTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"run", "outline", "align", "check", "fix", "export", "import", "glossary", "glossary validate",
            "glossary export", "glossary import", "glossary extract"})
    void helpOnEveryCommandPrintsItsUsageAndExitsZero(String command) {
        for (String flag : List.of("--help", "-h")) {
            String[] args = (command + " " + flag).split(" ");
            String[] r = TestCli.run(args);
            assertEquals("0", r[0], command + " " + flag + ": " + r[2]);
            assertTrue(r[1].startsWith("Usage: bitext " + command), r[1]);
            assertEquals("", r[2], command + " " + flag);
        }
    }

    @Test
    void checkNamesTheGlossaryItUsedAndTheBuiltInOneNeedsNoFolder() throws IOException {
        String[] r = TestCli.run("check", "--color", "never", TestNotes.SEED.toString());
        assertTrue(r[1].contains("; glossary: built-in ("), r[1]);
        assertTrue(r[1].contains("[glossary.forbidden]") && r[1].contains("[asr.known-variant]"), r[1]);
        Path extra = tmp.resolve("extra.tsv");
        Files.writeString(extra, "id\ten\ten_admitted\ten_forbidden\tzh\tzh_admitted\tzh_forbidden\ttype\tnote\tstatus\n"
                + "tectonic\ttectonic shift\t\t\t构造性转变\t\t\tterm\t\t\n");
        String[] added = TestCli.run("check", "--color", "never", "-g", extra.toString(), TestNotes.SEED.toString());
        assertTrue(added[1].contains("; glossary: built-in + " + extra), added[1]);
        String[] only = TestCli.run("check", "--color", "never", "-g", extra.toString(), "--glossary-only", TestNotes.SEED.toString());
        assertTrue(only[1].contains("; glossary: " + extra + " (1 concept)"), only[1]);
        assertFalse(only[1].contains("[glossary.forbidden]"), only[1]);
    }

    @Test
    void listRulesIsNotCutShortWhenPiped() {
        String[] r = TestCli.run("check", "--list-rules");
        for (Rule rule : Checker.RULES) {
            assertTrue(r[1].contains(rule.description()), rule.id());
        }
        assertTrue(r[1].contains("glossary.case") && r[1].lines().anyMatch(l -> l.startsWith("glossary.case") && l.contains(" info ")), r[1]);
    }

    @Test
    void runRefusesAnOversizedNoteLikeCheckAndWritesTheOthers() throws IOException {
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        Files.copy(TestNotes.SEED, vault.resolve("seed.md"));
        Path big = vault.resolve("big.md");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "**Ann**：很长的一行 reasoning（推理）。\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (long written = 0; written <= 21L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        String[] checked = TestCli.run("check", big.toString());
        assertEquals("2", checked[0]);
        assertTrue(checked[2].contains("big.md") && checked[2].contains("larger than"), checked[2]);
        Path output = tmp.resolve("out");
        String[] run = TestCli.run("run", vault.toString(), "-o", output.toString(), "--formats", "check", "--no-progress");
        assertEquals(String.valueOf(RunCommand.PARTIAL), run[0], run[2]);
        assertTrue(run[2].contains("big.md") && run[2].contains("larger than"), run[2]);
        assertTrue(Files.isRegularFile(output.resolve("seed.check.json")), "the other note is written");
        assertFalse(Files.exists(output.resolve("big.check.json")));
    }

    @Test
    void configGivenOnTheCommandLineIsHonouredByCheckExportAndRun() throws IOException {
        Path config = tmp.resolve("quiet.yaml");
        Files.writeString(config, "rules:\n  glossary.forbidden: off\n  asr.known-variant: off\n");
        Path output = tmp.resolve("out");
        TestCli.run("run", TestNotes.SEED.toString(), "-o", output.toString(), "--formats", "check", "--no-progress");
        String loud = Files.readString(output.resolve("000_a3c508f15ff8c1eb.check.json"));
        assertTrue(loud.contains("\"glossary.forbidden\""));
        String[] run = TestCli.run("run", TestNotes.SEED.toString(), "-o", output.toString(), "--formats", "check", "--config",
                config.toString(), "--no-progress");
        assertEquals("0", run[0], run[2]);
        String quiet = Files.readString(output.resolve("000_a3c508f15ff8c1eb.check.json"));
        assertFalse(quiet.contains("\"glossary.forbidden\"") || quiet.contains("\"asr.known-variant\""), quiet);

        String[] loudDocx = TestCli.run("export", TestNotes.SEED.toString(), "--docx", "-o", output.toString());
        String[] quietDocx = TestCli.run("export", TestNotes.SEED.toString(), "--docx", "-o", output.toString(), "--config", config.toString());
        assertTrue(comments(quietDocx[1]) < comments(loudDocx[1]), loudDocx[1] + quietDocx[1]);
    }

    private static int comments(String printed) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+) comments?\\)").matcher(printed);
        assertTrue(m.find(), printed);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void singularAndPluralInSummaries() throws IOException {
        Path note = tmp.resolve("one.md");
        Files.writeString(note, "## 全文\n### 话题\n**Ann**：从 O3 开始\n");
        String[] r = TestCli.run("check", "--color", "never", note.toString());
        assertTrue(r[1].contains(": 1 error, 0 warnings, 0 infos (1 with a safe fix"), r[1]);
        String[] dry = TestCli.run("fix", "--dry-run", note.toString());
        assertTrue(dry[1].contains(": 1 place would change"), dry[1]);
    }
}
