package io.bitext.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * The two DOCX writers of {@link ExportBenchmark} timed in CPU time of the exporting thread rather
 * than wall-clock time: on a machine shared with other builds, JMH's wall-clock errors reach ±100%,
 * while the thread's CPU time barely moves with the load. Each writer runs in turn, warm, the same
 * inputs given to both; the garbage collector's threads are not counted (JMH's figures include the
 * pauses they cause). {@code bench/docx-cpu.sh} runs it.
 */
public final class DocxCpuTime {
    private DocxCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        ExportBenchmark bench = new ExportBenchmark();
        bench.note = args.length > 0 ? args[0] : "seeds/000_a3c508f15ff8c1eb.txt";
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        bench.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3 * perRound; i++) { // warm-up: both writers compiled before any round counts
            bench.docx();
            bench.docxPrevious();
        }
        System.out.println("| round | streamed CPU ms | XWPF CPU ms | ratio |");
        System.out.println("|---:|---:|---:|---:|");
        for (int round = 1; round <= 5; round++) {
            double streamed = cpuMillis(threads, perRound, bench::docx);
            double xwpf = cpuMillis(threads, perRound, bench::docxPrevious);
            System.out.printf("| %d | %.2f | %.2f | %.0f%% |%n", round, streamed, xwpf, 100 * streamed / xwpf);
        }
    }

    private static double cpuMillis(ThreadMXBean threads, int times, Supplier<byte[]> export) {
        long start = threads.getCurrentThreadCpuTime();
        long bytes = 0;
        for (int i = 0; i < times; i++) {
            bytes += export.get().length;
        }
        if (bytes == 0) {
            throw new IllegalStateException("no document written");
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e6 / times;
    }
}
