package io.bitext.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the evaluation to target/eval-report.md and prints it (bench/eval.sh runs this test). */
class EvaluationReportTest {

    @Test
    void writesTheReport() throws Exception {
        TestNotes.corpus();
        Path out = Path.of("target", "eval-report.md");
        EvaluationReport.main(new String[] {out.toString()});
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(report.contains("| all | 9 |"), "the report covers the seed and the eight corpus notes");
        assertTrue(report.contains("## Missed annotations"));
        if (Files.isDirectory(TestNotes.TRANSCRIPTS)) {
            assertTrue(report.contains("## With the English original"), "the notes with an original are checked with it too");
        }
    }

    @Test
    void tablesAndListsAddUpOnAnInventedNote(@TempDir Path dir) throws Exception {
        Gold gold = new ScorerTest().gold(dir);
        List<Scorer.Reported> reported = List.of(
                new Scorer.Reported("glossary.forbidden", new Scorer.Place(2, 5, "CodeX"), "write Codex"),
                new Scorer.Reported("glossary.case", new Scorer.Place(1, 12, "Codex"), "noise"),
                new Scorer.Reported("glossary.rendering", new Scorer.Place(3, 36, "推理"), "taste"));
        Scorer scorer = new Scorer(gold);
        Evaluation e = new Evaluation(List.of(new Evaluation.NoteResult(gold, scorer.score(reported), scorer.found())));
        String report = EvaluationReport.render(e);
        assertTrue(report.contains("| test | 1 | 1 | 0 | 1 | 1 | 50 % | 5 | 1 | 20 % |"), report);
        assertTrue(report.contains("| `glossary.forbidden` | 0 / 0 / 0, – | 1 / 0 / 0, 100 % | 1 / 0 / 0, 100 % | 1 (20 %) |"), report);
        assertTrue(report.contains("- invented.md:1:12 `glossary.case` ‘Codex’ — noise"), report);
        assertTrue(report.contains("- invented.md:4 ‘Dworkin’ asr-name → Dwarkesh"), report);
        assertTrue(report.contains("| house-style | 0/0, – | 1/1, 100 % | 1/1, 100 % |"), report);
    }
}
