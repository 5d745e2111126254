package io.bitext.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.error.BitextException;
import io.bitext.glossary.Glossary;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckConfigTest {
    private static final Checker CHECKER = new Checker(Glossary.load(Path.of("glossary")));
    private static final String NOTE = "## 全文\n### 话题（00:00:01 - 00:00:09）\n**Ann**：从 O3 到 CodeX，我们好,你们好\n";

    @TempDir
    Path dir;

    private List<String> rules(String text, CheckConfig config) {
        Note note = NoteReader.parse("n.md", text);
        return CHECKER.check(note, config).findings().stream().map(f -> f.rule() + ":" + f.location().text() + ":" + f.severity().label()).toList();
    }

    private CheckConfig config(String yaml) throws Exception {
        Path file = dir.resolve("bitext.yaml");
        Files.writeString(file, yaml);
        return CheckConfig.read(file, Checker.ruleIds());
    }

    @Test
    void defaultsReportEverything() {
        assertEquals(List.of("glossary.forbidden:O3:error", "glossary.forbidden:CodeX:error", "typography.punctuation:,:info"),
                rules(NOTE, CheckConfig.defaults()));
    }

    @Test
    void severitiesCanBeChangedAndRulesSwitchedOff() throws Exception {
        CheckConfig config = config("rules:\n  glossary.forbidden: warning\n  typography.punctuation: off\n  typography.spacing: info\n");
        List<String> found = rules(NOTE.replace("我们好", "用RL训练"), config);
        assertTrue(found.contains("glossary.forbidden:O3:warning"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.startsWith("typography.punctuation")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("typography.spacing")), found.toString());
    }

    @Test
    void ignoreListAcceptsFindingsByRuleTextAndFile() throws Exception {
        assertEquals(List.of("glossary.forbidden:CodeX:error", "typography.punctuation:,:info"),
                rules(NOTE, config("ignore:\n  - rule: glossary.forbidden\n    text: O3\n")));
        assertEquals(3, rules(NOTE, config("ignore:\n  - rule: glossary.forbidden\n    text: O3\n    file: other.md\n")).size());
    }

    @Test
    void inlineSuppression() {
        String suppressed = "## 全文\n### 话题\n<!-- bitext-disable-next-line glossary.forbidden -->\n**Ann**：从 O3 到 CodeX，我们好,你们好\n";
        assertEquals(List.of("typography.punctuation:,:info"), rules(suppressed, CheckConfig.defaults()));
        String all = "## 全文\n### 话题\n**Ann**：从 O3 到 CodeX <!-- bitext-disable-line -->\n";
        assertEquals(List.of(), rules(all, CheckConfig.defaults()));
    }

    @Test
    void badConfigurationIsAClearError() throws Exception {
        assertTrue(assertThrows(BitextException.class, () -> config("rules:\n  no.such-rule: error\n")).getMessage()
                .contains("unknown rule 'no.such-rule'"));
        assertTrue(assertThrows(BitextException.class, () -> config("rules:\n  glossary.case: loud\n")).getMessage()
                .contains("'loud' is not error, warning, info or off"));
        assertTrue(assertThrows(BitextException.class, () -> config("colour: red\n")).getMessage().contains("unknown key 'colour'"));
        assertTrue(assertThrows(BitextException.class, () -> config("rules: [\n")).getMessage().contains("not a readable YAML"));
    }

    @Test
    void configurationBesideTheNoteIsFound() throws Exception {
        Files.writeString(dir.resolve("bitext.yaml"), "rules:\n  glossary.forbidden: off\n");
        Path note = dir.resolve("n.md");
        Files.writeString(note, NOTE);
        CheckConfig found = CheckConfig.find(null, note, Checker.ruleIds());
        assertEquals(List.of("typography.punctuation:,:info"), rules(NOTE, found));
    }
}
