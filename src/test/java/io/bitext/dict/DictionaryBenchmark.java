package io.bitext.dict;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The dictionary's costs, run by {@code bench/dict.sh}: loading the index in a fresh JVM (one shot per
 * fork), and lookups and translation scores per second once loaded.
 */
public class DictionaryBenchmark {
    /** Terms of the notes, their inflections and capitals, and names the dictionary lacks. */
    static final String[] WORDS = {
        "reasoning", "policy", "reward", "model", "models", "agent", "agents", "inference", "training",
        "strategy", "strategies", "alignment", "benchmark", "token", "tokens", "attention", "went",
        "Reasoning", "Policy", "Transformers", "stripe", "meta-analysis", "fine-tuning", "gradient descent",
        "machine learning", "Karpathy", "RLHF", "Sutskever", "OpenAI", "Qwen2.5-72B-Instruct",
        "hallucination", "superintelligence", "scaling", "compute", "data", "evaluation", "pre-training",
        "embedding", "learning", "reinforcement",
    };

    @State(Scope.Benchmark)
    public static class Loaded {
        final Dictionary dictionary = Dictionary.english();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public Object coldLoadAndLookup() {
        return Dictionary.english().lookup("reasoning");
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void lookup(Loaded loaded, Blackhole sink) {
        for (String word : WORDS) {
            sink.consume(loaded.dictionary.lookup(word));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void translationScore(Loaded loaded, Blackhole sink) {
        for (String word : WORDS) {
            sink.consume(loaded.dictionary.translationScore(word, "语言、常识与推理能力的来源"));
        }
    }
}
