package io.bitext.check;

import io.bitext.note.Excerpt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.glossary.Glossary;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What an editor must be told about the seed note, at the right place and with a suggestion. */
class SeedCheckTest {
    static final Note NOTE = NoteReader.read(TestNotes.SEED);
    static final CheckResult RESULT = new Checker(Glossary.load(Path.of("glossary"))).check(NOTE, CheckConfig.defaults());

    static Optional<Finding> at(String rule, int line, int column) {
        return RESULT.findings().stream().filter(f -> f.rule().equals(rule))
                .filter(f -> f.places().stream().anyMatch(p -> p.line() == line && p.column() == column)).findFirst();
    }

    @ParameterizedTest(name = "{0} at {1}:{2} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            asr.note-correction      | 37  | 45  | 0.1             | o1
            asr.note-correction      | 86  | 146 | DQL             | DQN
            glossary.wrong-expansion | 86  | 122 | Deep Q-Learning | Deep Q-Network
            glossary.forbidden       | 69  | 12  | CodeX           | Codex
            glossary.forbidden       | 70  | 57  | CodeX           | Codex
            asr.known-variant        | 23  | 16  | ChatGPT-5       | GPT-5
            asr.known-variant        | 42  | 42  | ChatGPT-5       | GPT-5
            glossary.forbidden       | 49  | 58  | Pretrain        | pre-training
            glossary.forbidden       | 37  | 34  | O1              | o1
            glossary.forbidden       | 23  | 13  | O3              | o3
            names.title-mismatch     | 24  | 3   | Jared Faraic    | Jerry Tworek
            names.title-mismatch     | 111 | 3   | Jared Faraic    | Jerry Tworek
            asr.known-variant        | 27  | 76  | Jared Faraic    | Jerry Tworek
            glossary.rendering       | 91  | 42  | 训练后           | 后训练
            """)
    void reportsTheKnownMistake(String rule, int line, int column, String text, String suggestion) {
        Finding finding = at(rule, line, column).orElseThrow(() -> new AssertionError(rule + " not at " + line + ":" + column
                + "\n" + RESULT.findings().stream().map(f -> f.rule() + " " + f.location().position() + " " + f.location().text()).toList()));
        Excerpt place = finding.places().stream().filter(p -> p.line() == line && p.column() == column).findFirst().orElseThrow();
        assertEquals(text, place.text());
        assertEquals(text, NOTE.text().substring(place.offset(), place.end()));
        assertEquals(suggestion, finding.replacements().get(0).text());
        assertTrue(finding.message().contains(text) || rule.equals("names.title-mismatch"), finding.message());
    }

    @Test
    void titleMismatchNamesTheTitle() {
        Finding f = at("names.title-mismatch", 24, 3).orElseThrow();
        assertEquals("the title names Jerry Tworek, but this speaker is labelled Jared Faraic（Jerry）", f.message());
        assertEquals(20, f.also().size(), "one finding for every turn of the speaker");
        assertEquals(3, f.section() == 1 ? 3 : -1);
    }

    @Test
    void safeFixesAreOnlyMechanicalOnes() {
        for (Finding f : RESULT.findings()) {
            if (f.safeFix() != null) {
                assertTrue(List.of("glossary.forbidden", "asr.known-variant", "glossary.case", "typography.punctuation").contains(f.rule()), f.toString());
            }
        }
        assertEquals(null, at("names.title-mismatch", 24, 3).orElseThrow().safeFix(), "a person's name needs a person");
    }

    @Test
    void noFalseAlarmOnCorrectlyWrittenTerms() {
        for (Finding f : RESULT.findings()) {
            String text = f.location().text();
            assertTrue(!List.of("reasoning", "pre-training", "reinforcement learning", "GPT-4", "GPT-3", "post-training",
                    "reward model", "OpenAI", "RLHF", "Scale").contains(text), "false alarm on " + text + ": " + f);
        }
        assertTrue(RESULT.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING)).count() <= 16,
                RESULT.findings().toString());
    }

    @Test
    void findingsCarryTheirSection() {
        Finding codex = at("glossary.forbidden", 69, 12).orElseThrow();
        assertEquals(11, codex.section());
        assertEquals("内部自用工具：CodeX 与 ChatGPT", codex.sectionTitle());
        assertEquals("00:31:34 - 00:32:35", codex.timeRange());
        assertEquals("摘要", at("glossary.forbidden", 16, 11).orElseThrow().sectionTitle());
    }
}
