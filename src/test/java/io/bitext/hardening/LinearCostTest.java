package io.bitext.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.align.Aligner;
import io.bitext.check.CheckConfig;
import io.bitext.check.Checker;
import io.bitext.glossary.Glossary;
import io.bitext.note.DeepStack;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.xliff.Merge;
import io.bitext.xliff.XliffExport;
import io.bitext.xliff.XliffReader;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * No stage is superlinear: four times the input costs about four times the time, and a quadratic
 * stage would take sixteen times as long. The bound sits between the two (eight times), so that a
 * noisy machine can double a linear stage's ratio without failing it while a quadratic stage still
 * fails. This checks a property of the code, not a speed: the figures themselves come from bench/.
 *
 * <p>Time is the CPU time of the thread that runs the stage, not the clock: on a shared machine other
 * processes take the cores for spells of any length, which the clock counts and the thread's CPU
 * time does not. The stage runs on a {@link DeepStack} thread, on which the reader runs in place
 * instead of on a thread of its own, so that one thread's time holds the whole stage. (The process's
 * CPU time is counted in ticks of 10 ms on Linux, too coarse for the small input.)
 */
class LinearCostTest {
    private static final Glossary GLOSSARY = Glossary.load(Path.of("glossary"));
    private static final Checker CHECKER = new Checker(GLOSSARY);
    private static final int SMALL = 12;
    private static final int LARGE = 4 * SMALL;
    private static final double BOUND = 8;

    private static String body(int copies) {
        String seed = TestNotes.seedText();
        String body = seed.substring(seed.indexOf("## 原始全文"));
        return seed.substring(0, seed.indexOf("## 原始全文")) + body.repeat(copies);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long time(String text, Consumer<String> stage) {
        System.gc(); // collect the previous round's garbage outside the timing: the code, not the heap, is measured
        return DeepStack.run("measure", () -> {
            long start = THREADS.getCurrentThreadCpuTime();
            stage.accept(text);
            return THREADS.getCurrentThreadCpuTime() - start;
        });
    }

    /**
     * Small and large inputs are timed in turn, so that a slow spell of the machine touches both, and
     * the best time of each counts: noise only ever adds time, and adds most to the shortest runs.
     * Another trial runs only if the ones before failed (three at most), because a quadratic stage
     * fails every trial and noise only some.
     */
    private static double ratio(Consumer<String> stage) {
        return ratio(LinearCostTest::body, stage);
    }

    /** As {@link #ratio(Consumer)}, on {@code input.apply(SMALL)} against {@code input.apply(LARGE)}. */
    private static double ratio(IntFunction<String> input, Consumer<String> stage) {
        String small = input.apply(SMALL);
        String large = input.apply(LARGE);
        for (int i = 0; i < 3; i++) {
            stage.accept(large); // warm up: the JIT, not the code under test, would make the first runs slow
        }
        double bestRatio = Double.MAX_VALUE;
        for (int trial = 0; trial < 3 && bestRatio >= BOUND; trial++) {
            long bestSmall = Long.MAX_VALUE;
            long bestLarge = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                bestSmall = Math.min(bestSmall, time(small, stage));
                bestLarge = Math.min(bestLarge, time(large, stage));
            }
            bestRatio = Math.min(bestRatio, (double) bestLarge / bestSmall);
        }
        return bestRatio;
    }

    private static void assertLinear(String name, Consumer<String> stage) {
        assertLinear(name, LinearCostTest::body, stage);
    }

    private static void assertLinear(String name, IntFunction<String> input, Consumer<String> stage) {
        double ratio = ratio(input, stage);
        System.out.printf("linear cost: %s, %d× the input took %.2f× the time%n", name, LARGE / SMALL, ratio);
        assertTrue(ratio < BOUND, name + ": " + LARGE / SMALL + "× the input took " + ratio + "× the time");
    }

    /**
     * The measure itself, with the same trials as the stages above: a stage that scans the text before
     * every 16th character is caught. (Every 256th made the small input's runs so short that a loaded
     * machine's noise halved the ratio; every 64th came out at 8.4× once, too near the bound, since the
     * best of three trials is kept and the scan's fixed cost weighs on the small input.)
     */
    @Test
    void aQuadraticStageIsCaught() {
        double ratio = ratio(text -> {
            long found = 0;
            for (int i = 0; i < text.length(); i += 16) {
                found += text.lastIndexOf('\u0000', i); // never found: scans all i characters
            }
            if (found > 0) {
                throw new AssertionError("the note holds a NUL");
            }
        });
        System.out.printf("linear cost: a quadratic stage, %d× the input took %.2f× the time%n", LARGE / SMALL, ratio);
        assertTrue(ratio >= BOUND, "a quadratic stage took only " + ratio + "× the time");
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

    /** A note of {@code copies × unit} shapes of {@code unit}: one structure repeated, under one section. */
    private static IntFunction<String> repeated(int unit, String section, java.util.function.IntFunction<String> shape) {
        return copies -> {
            StringBuilder text = new StringBuilder("## 全文\n").append(section);
            for (int i = 0; i < copies * unit; i++) {
                text.append(shape.apply(i));
            }
            return text.append('\n').toString();
        };
    }

    /**
     * The structures a note repeats, each at a size where a stage that costs the square of their
     * count shows: headings, turns (apart, and in one paragraph with no blank line between them),
     * link openers, bold and highlight marks, glosses, long rules, and quotes and lists nested on one
     * line. Read and check together, since check reads.
     */
    @Test
    void repeatedStructuresGrowLinearly() {
        Consumer<String> check = text -> CHECKER.check(NoteReader.parse("n.md", text), CheckConfig.defaults());
        assertLinear("headings", repeated(100, "", i -> "### 第" + i + "节\n"), check);
        assertLinear("turns", repeated(20, "### 话题\n", i -> "**Ann**：第" + i + "句 reasoning（推理）\n\n"), check);
        assertLinear("link openers", repeated(200, "### 话题\n**Ann**：", i -> i % 2 == 0 ? "[" : "]("), check);
        assertLinear("marks", repeated(200, "### 话题\n**Ann**：", i -> i % 2 == 0 ? "**强调 " : "==高亮 "), check);
        assertLinear("glosses", repeated(30, "### 话题\n**Ann**：", i -> "推理（reasoning）与 policy（策略）、"), check);
        assertLinear("rules", repeated(1_000, "### 话题\n**Ann**：x\n\n", i -> "- "), check);
        // read alone: the checker's linear cost on one long paragraph would hide the reader's quadratic one
        assertLinear("turns in one paragraph", repeated(200, "### 话题\n", i -> "**Ann**：第" + i + "句 reasoning（推理）\n"),
                text -> NoteReader.parse("n.md", text));
        assertLinear("nested quotes and lists", repeated(200, "### 话题\n", i -> "> - "), check);
    }
}
