package io.bitext.dict;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What a fresh JVM pays for the dictionary, for {@code bench/dict.sh}: with no arguments it only reads
 * its clocks (the baseline: the JVM's own start); with words, it loads the dictionary, looks each word up, scores it
 * against a rendering and prints the wall and CPU time of the load and of the lookups after it. CPU time
 * is what the machine's other work does not blur.
 */
public final class ColdLookup {
    private ColdLookup() {
    }

    public static void main(String[] words) {
        // the baseline reads the clocks too: the management classes are not the dictionary's cost
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        if (words.length == 0) {
            System.out.printf("baseline_cpu_ms=%.2f%n", (threads.getCurrentThreadCpuTime() - startCpu) / 1e6);
            return;
        }
        Dictionary dictionary = Dictionary.english();
        long loaded = System.nanoTime();
        long loadedCpu = threads.getCurrentThreadCpuTime();
        int found = 0;
        double score = 0;
        for (String word : words) {
            found += dictionary.lookup(word).isPresent() ? 1 : 0;
            score += dictionary.translationScore(word, "推理");
        }
        long end = System.nanoTime();
        long endCpu = threads.getCurrentThreadCpuTime();
        System.out.printf("load_ms=%.2f lookups_ms=%.2f load_cpu_ms=%.2f lookups_cpu_ms=%.2f words=%d found=%d score=%.2f%n",
                (loaded - start) / 1e6, (end - loaded) / 1e6, (loadedCpu - startCpu) / 1e6, (endCpu - loadedCpu) / 1e6,
                words.length, found, score);
    }
}
