package io.bitext.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.bitext.TestNotes;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    static String[] run(String... args) {
        return io.bitext.TestCli.run(args);
    }

    @Test
    void textReportIsCompilerStyleWithCaretAndSummary() {
        String[] r = run("check", "--color", "never", TestNotes.SEED.toString());
        assertEquals("1", r[0], "errors reach the default --fail-on");
        assertTrue(r[1].contains("seeds/000_a3c508f15ff8c1eb.txt:69:12: error: ‘CodeX’ is not the house style: write ‘Codex’"), r[1]);
        assertTrue(r[1].contains("§11 内部自用工具：CodeX 与 ChatGPT（00:31:34 - 00:32:35）"), r[1]);
        assertTrue(r[1].contains("\n    ### 内部自用工具：CodeX 与 ChatGPT（00:31:34 - 00:32:35）\n" + " ".repeat(4 + 18) + "^~~~~\n"), r[1]);
        assertTrue(r[1].contains("suggestion: ‘Codex’ (safe: bitext fix applies it)"), r[1]);
        assertTrue(r[1].matches("(?s).*seeds/000_a3c508f15ff8c1eb.txt: \\d+ errors, \\d+ warnings, \\d+ infos.*"), r[1]);
        assertTrue(!r[1].contains("\u001B["), "no colour off a terminal");
    }

    @Test
    void aFolderIsCheckedOnAllCoresAndReportedInTheNotesOrder() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        for (String name : new String[] {"a.md", "b.md", "c.md", "d.md"}) {
            Files.copy(TestNotes.SEED, vault.resolve(name));
        }
        String[] r = run("check", "--color", "never", vault.toString());
        assertEquals("1", r[0], r[2]);
        int a = r[1].indexOf("a.md: ");
        int b = r[1].indexOf("b.md: ");
        int c = r[1].indexOf("c.md: ");
        int d = r[1].indexOf("d.md: ");
        assertTrue(a >= 0 && a < b && b < c && c < d, r[1]);

        Files.write(vault.resolve("b.md"), new byte[] {0, 1, 2, (byte) 0xFF, 0, 0, 7});
        String[] broken = run("check", vault.toString());
        assertEquals("2", broken[0]);
        assertEquals(1, broken[2].strip().lines().count(), broken[2]);
        assertTrue(broken[2].contains("b.md"), broken[2]);
    }

    @Test
    void exitCodesFollowFailOn(@TempDir Path tmp) throws Exception {
        Path clean = tmp.resolve("clean.md");
        Files.writeString(clean, "## 全文\n### 话题\n**Ann**：我们聊 reinforcement learning（强化学习）。\n");
        assertEquals("0", run("check", clean.toString())[0]);
        Path infoOnly = tmp.resolve("info.md");
        Files.writeString(infoOnly, "## 全文\n### 话题\n**Ann**：我们好,你们好。\n");
        assertEquals("0", run("check", infoOnly.toString())[0]);
        assertEquals("1", run("check", "--fail-on", "info", infoOnly.toString())[0]);
        assertEquals("2", run("check", "--fail-on", "loud", infoOnly.toString())[0]);
        assertEquals("2", run("check", tmp.resolve("missing.md").toString())[0]);
        assertEquals("2", run("check", "--rules", "no.such", clean.toString())[0]);
    }

    @Test
    void jsonListsEveryFinding() throws Exception {
        String[] r = run("check", "--format", "json", TestNotes.SEED.toString());
        JsonNode tree = new ObjectMapper().readTree(r[1]);
        assertEquals("000_a3c508f15ff8c1eb.txt", tree.get("note").asText());
        JsonNode first = tree.get("findings").get(0);
        assertTrue(first.has("rule") && first.has("location") && first.get("location").has("line") && first.has("replacements"));
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws Exception {
        String[] r = run("check", "--format", "sarif", TestNotes.SEED.toString());
        assertEquals("1", r[0]);
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode sarif = new ObjectMapper().readTree(r[1]);
        Set<ValidationMessage> problems = schema.validate(sarif);
        assertEquals(Set.of(), problems);
        JsonNode results = sarif.at("/runs/0/results");
        assertTrue(results.size() > 20, "every place is a result");
        JsonNode codex = null;
        for (JsonNode result : results) {
            if (result.at("/locations/0/physicalLocation/region/snippet/text").asText().equals("CodeX")) {
                codex = result;
                break;
            }
        }
        assertEquals("error", codex.get("level").asText());
        assertEquals(69, codex.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(12, codex.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals("Codex", codex.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText());
        // an invalid document is caught, so the validation above can fail
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif).put("version", "9.9");
        assertTrue(!schema.validate(sarif).isEmpty());
    }

    @Test
    void listRules() {
        String[] r = run("check", "--list-rules");
        assertEquals("0", r[0]);
        for (String id : Checker.ruleIds()) {
            assertTrue(r[1].contains(id), id);
        }
    }
}
