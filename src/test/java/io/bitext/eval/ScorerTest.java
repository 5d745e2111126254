package io.bitext.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.eval.Scorer.Place;
import io.bitext.eval.Scorer.Reported;
import io.bitext.eval.Scorer.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matcher on an invented note and gold, so that the harness itself can be wrong and be caught. */
class ScorerTest {
    static final String NOTE = """
            ### 常用mcp 与 Codex
            我们用 CodeX 写代码，CodeX 很好。
            自从 O1（ASR 原文作 0.1）发布后，reasoning（推理）更强。
            Richard Sutton 上了 Dworkin 的节目。
            """;

    Gold gold(Path dir) throws Exception {
        Path note = Files.writeString(dir.resolve("invented.md"), NOTE);
        Path json = Files.writeString(dir.resolve("invented.md.json"), """
                {"note": "invented.md", "folder": "corpus", "split": "test", "kind": "podcast",
                 "annotations": [
                   {"line": 1, "text": "mcp", "category": "spelling-variant", "correct": "MCP", "evidence": "invented"},
                   {"line": 2, "text": "CodeX", "category": "house-style", "correct": "Codex", "evidence": "invented"},
                   {"line": 3, "text": "O1", "category": "model-id", "correct": "o1", "evidence": "invented"},
                   {"line": 3, "text": "（ASR 原文作 0.1）", "category": "editorial-remark", "correct": "", "evidence": "invented"},
                   {"line": 4, "text": "Dworkin", "category": "asr-name", "correct": "Dwarkesh", "evidence": "invented"}],
                 "acceptable": [{"line": 3, "text": "推理", "why": "taste"}]}
                """);
        return Gold.load(json, note);
    }

    static List<Verdict> verdicts(Gold gold, Reported... reported) {
        return new Scorer(gold).score(List.of(reported)).stream().map(Scorer.Scored::verdict).toList();
    }

    static Reported at(int line, int column, String text) {
        return new Reported("rule", new Place(line, column, text), "message");
    }

    @Test
    void aPlaceOverlappingAnAnnotationOnItsLineIsATruePositive(@TempDir Path dir) throws Exception {
        Scorer scorer = new Scorer(gold(dir));
        // the second place covers only part of the annotated remark, and still overlaps it
        var scored = scorer.score(List.of(at(2, 5, "CodeX"), at(3, 15, "0.1")));
        assertEquals(List.of(Verdict.TRUE_POSITIVE, Verdict.TRUE_POSITIVE), scored.stream().map(Scorer.Scored::verdict).toList());
        assertEquals(2, scorer.found().size());
        assertEquals("CodeX", scored.get(0).annotation().text());
    }

    @Test
    void theSameTextOnAnotherLineOrColumnDoesNotMatch(@TempDir Path dir) throws Exception {
        Scorer scorer = new Scorer(gold(dir));
        assertEquals(List.of(Verdict.FALSE_POSITIVE, Verdict.FALSE_POSITIVE),
                scorer.score(List.of(at(1, 12, "Codex"), at(4, 1, "Richard"))).stream().map(Scorer.Scored::verdict).toList());
        assertTrue(scorer.found().isEmpty());
    }

    @Test
    void eachOccurrenceOnALineIsCreditedOnce(@TempDir Path dir) throws Exception {
        Gold gold = gold(dir);
        assertEquals(List.of(Verdict.TRUE_POSITIVE, Verdict.TRUE_POSITIVE, Verdict.DUPLICATE),
                verdicts(gold, at(2, 5, "CodeX"), at(2, 15, "CodeX"), at(2, 15, "CodeX")));
    }

    @Test
    void theTighterOfTwoOverlappingPlacesIsCreditedWhateverTheOrder(@TempDir Path dir) throws Exception {
        Gold gold = gold(dir);
        // a heading-wide finding that happens to cover the term is not what found it
        assertEquals(List.of(Verdict.DUPLICATE, Verdict.TRUE_POSITIVE), verdicts(gold, at(1, 5, "常用mcp"), at(1, 7, "mcp")));
        assertEquals(List.of(Verdict.TRUE_POSITIVE, Verdict.DUPLICATE), verdicts(gold, at(1, 7, "mcp"), at(1, 5, "常用mcp")));
    }

    @Test
    void anAcceptablePlaceCountsNeitherWay(@TempDir Path dir) throws Exception {
        Gold gold = gold(dir);
        Scorer scorer = new Scorer(gold);
        var scored = scorer.score(List.of(at(3, 36, "推理")));
        assertEquals(Verdict.ACCEPTABLE, scored.get(0).verdict());
        Tally t = Tally.of(List.of(new Evaluation.NoteResult(gold, scored, scorer.found())), n -> true, x -> true, a -> true);
        assertEquals(0, t.truePositives() + t.falsePositives() + t.duplicates());
        assertEquals(5, t.annotations());
        assertTrue(Double.isNaN(t.precision()));
    }

    @Test
    void aColumnThatDisagreesFallsBackToTheTextOnTheLine(@TempDir Path dir) throws Exception {
        assertEquals(List.of(Verdict.TRUE_POSITIVE), verdicts(gold(dir), at(4, 99, "Dworkin")));
    }

    @Test
    void aFindingWithoutPlacesFindsNothing(@TempDir Path dir) throws Exception {
        var result = Evaluation.evaluate(gold(dir), List.of());
        assertTrue(result.found().isEmpty());
        assertTrue(result.scored().isEmpty());
    }

    @Test
    void aFoundPlaceWhoseSuggestionIsNotTheCorrectFormIsMarked(@TempDir Path dir) throws Exception {
        var scored = new Scorer(gold(dir)).score(List.of(
                new Reported("a", new Place(2, 5, "CodeX"), "m", "CODEX"),
                new Reported("b", new Place(4, 12, "Dworkin"), "m", "Dwarkesh")));
        assertTrue(scored.get(0).fixDisagrees());
        assertTrue(!scored.get(1).fixDisagrees());
    }

    @Test
    void precisionCountsDuplicatesAsFalsePositives() {
        Tally t = new Tally(3, 1, 5, 0, 10, 3);
        assertEquals(0.75, t.precision(), 1e-9);
        assertEquals(0.3, t.recall(), 1e-9);
    }
}
