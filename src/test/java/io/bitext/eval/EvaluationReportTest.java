package io.bitext.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
    }
}
