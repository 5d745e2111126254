package io.bitext.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.check.Example;
import io.bitext.check.Finding;
import io.bitext.check.Rule;
import io.bitext.check.Rules;
import io.bitext.check.Severity;
import io.bitext.glossary.Glossary;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule on its own examples, against the built-in glossary, as LanguageTool tests its rules'
 * example pairs: an incorrect example gives a finding of that rule on the text named (with the
 * suggestion named), a correct one gives none.
 */
class RuleExamplesTest {
    private static final Checker CHECKER = new Checker(Glossary.builtIn());

    @TempDir
    static Path folder;

    static Stream<Arguments> examples() {
        return Rules.all().stream().flatMap(rule -> rule.examples().stream().map(e -> Arguments.of(rule.id(), rule, e)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("examples")
    void ruleOnItsExample(String id, Rule rule, Example example) throws IOException {
        Note note = NoteReader.parse("example.md", example.asNote());
        CheckResult result = CHECKER.check(note, io.bitext.align.Aligner.align(note), enabled(rule), Set.of(id));
        List<Finding> found = result.findings();
        if (example.isCorrect()) {
            assertEquals(List.of(), found.stream().map(f -> f.location().text()).toList(), id + " must not flag: " + example.text());
            return;
        }
        assertFalse(found.isEmpty(), id + " must flag ‘" + example.flagged() + "’ in: " + example.text());
        Finding first = found.stream().filter(f -> f.location().text().equals(example.flagged())).findFirst().orElse(null);
        assertTrue(first != null, id + " flagged " + found.stream().map(f -> "‘" + f.location().text() + "’").toList()
                + ", not ‘" + example.flagged() + "’");
        if (example.suggestion() != null) {
            assertEquals(example.suggestion(), first.replacements().isEmpty() ? null : first.replacements().get(0).text(), id);
        }
    }

    /** The defaults, with the rule switched on when it is off by default. */
    private static CheckConfig enabled(Rule rule) throws IOException {
        if (rule.defaultSeverity() != Severity.OFF) {
            return CheckConfig.defaults();
        }
        Path file = folder.resolve(rule.id() + ".yaml");
        Files.writeString(file, "rules:\n  " + rule.id() + ": info\n");
        return CheckConfig.read(file, Checker.ruleIds());
    }

    @Test
    void everyRuleHasExamplesOfBothKindsAndAShortMessage() {
        for (Rule rule : Rules.all()) {
            assertTrue(rule.examples().stream().anyMatch(Example::isCorrect), rule.id() + " has no correct example");
            assertFalse(rule.shortMessage().isBlank(), rule.id());
            if (!rule.id().equals("asr.transcript-mismatch")) { // needs an English original, which an example cannot carry
                assertTrue(rule.examples().stream().anyMatch(e -> !e.isCorrect()), rule.id() + " has no incorrect example");
            }
        }
    }

    @Test
    void rulesRunInPriorityOrder() {
        List<Integer> priorities = Rules.all().stream().map(Rule::priority).toList();
        assertEquals(priorities.stream().sorted().toList(), priorities);
        assertEquals(30, Rules.all().size());
    }
}
