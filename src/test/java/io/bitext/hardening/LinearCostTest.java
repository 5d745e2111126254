package io.bitext.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.align.Aligner;
import io.bitext.check.CheckConfig;
import io.bitext.check.Checker;
import io.bitext.glossary.Glossary;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.xliff.Merge;
import io.bitext.xliff.XliffExport;
import io.bitext.xliff.XliffReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * No stage is superlinear: twice the input costs about twice the time (at most three times here, to
 * leave room for a noisy machine). This checks a property of the code, not a speed: the figures
 * themselves come from bench/.
 */
class LinearCostTest {
    private static final Glossary GLOSSARY = Glossary.load(Path.of("glossary"));
    private static final Checker CHECKER = new Checker(GLOSSARY);

    private static String body(int copies) {
        String seed = TestNotes.seedText();
        String body = seed.substring(seed.indexOf("## 原始全文"));
        return seed.substring(0, seed.indexOf("## 原始全文")) + body.repeat(copies);
    }

    private static long best(String text, Consumer<String> stage) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc(); // collect the previous round's garbage outside the timing: the code, not the heap, is measured
            long start = System.nanoTime();
            stage.accept(text);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    /**
     * Twice the input must not take three times as long in at least one of three trials: a quadratic
     * stage takes four times as long in every trial, while noise (a collection, a cache that no longer
     * holds the input) only spoils some.
     */
    private static void assertLinear(String name, Consumer<String> stage) {
        String small = body(24);
        String large = body(48);
        for (int i = 0; i < 3; i++) {
            stage.accept(small); // warm up: the JIT, not the code under test, would make the first runs slow
        }
        double bestRatio = Double.MAX_VALUE;
        for (int trial = 0; trial < 3 && bestRatio >= 3; trial++) {
            bestRatio = Math.min(bestRatio, (double) best(large, stage) / best(small, stage));
        }
        assertTrue(bestRatio < 3, name + ": 2× the input took " + bestRatio + "× the time");
    }

    @Test
    void readAlignCheckDocxAndXliffGrowLinearly() {
        assertLinear("read", text -> NoteReader.parse("n.md", text));
        assertLinear("align", text -> Aligner.align(NoteReader.parse("n.md", text)));
        assertLinear("check", text -> {
            Note note = NoteReader.parse("n.md", text);
            CHECKER.check(note, CheckConfig.defaults());
        });
        assertLinear("docx", text -> {
            Note note = NoteReader.parse("n.md", text);
            var alignment = Aligner.align(note);
            var check = CHECKER.check(note, alignment, CheckConfig.defaults(), null);
            io.bitext.docx.DocxExport.write(new io.bitext.docx.DocxExport.Input(note, alignment, check,
                    io.bitext.glossary.GlossaryMatcher.of(GLOSSARY), java.util.Map.of()), false);
        });
        assertLinear("xliff", text -> {
            Note note = NoteReader.parse("n.md", text);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            byte[] xlf = XliffExport.write(note, bytes, null, "2.1", "en");
            Merge.of(XliffReader.read(new ByteArrayInputStream(xlf), "n.xlf"), "n.xlf");
        });
    }
}
