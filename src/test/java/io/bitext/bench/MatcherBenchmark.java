package io.bitext.bench;

import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The glossary matcher against a per-form {@code indexOf} scan, over note text of a given size with
 * glossaries of 1 000 to 100 000 concepts. Run with {@code bench/matcher.sh}, which turns the times
 * into MB/s and ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatcherBenchmark {

    @State(Scope.Benchmark)
    public static class Input {
        @Param({"1000", "10000", "100000"})
        public int entries;

        @Param({"20"})
        public int megabytes;

        String text;
        GlossaryMatcher matcher;
        NaiveMatcher naive;

        @Setup
        public void setUp() {
            text = BenchData.noteText(megabytes << 20);
            Glossary glossary = BenchData.glossary(entries);
            matcher = GlossaryMatcher.of(glossary);
            naive = new NaiveMatcher(glossary);
        }
    }

    @Benchmark
    public int matcher(Input input) {
        return input.matcher.count(input.text);
    }

    @Benchmark
    public int naive(Input input) {
        return input.naive.count(input.text);
    }
}
