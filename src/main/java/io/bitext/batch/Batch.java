package io.bitext.batch;

import io.bitext.error.BitextException;
import io.bitext.export.Exporter;
import io.bitext.io.OutputNames;
import io.bitext.report.NoteReport;
import io.bitext.session.Setup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The main job over many notes: each note through the {@link NotePipeline} on a pool of one thread per
 * core, a failure reported for its note while the others complete, reports in the notes' order.
 *
 * <pre>{@code
 * List<NoteReport> reports = new Batch(Setup.defaults(), Path.of("output"), Exporters.all()).run(notes, Progress.none());
 * }</pre>
 */
public final class Batch {
    private final NotePipeline pipeline;

    /** Each note through {@code setup}, writing {@code formats} into {@code output}. */
    public Batch(Setup setup, Path output, List<Exporter> formats) {
        this(setup, output, formats, (note, names) -> { });
    }

    /** The same, telling {@code names} the names each note writes (as the run names the note). */
    Batch(Setup setup, Path output, List<Exporter> formats, BiConsumer<String, Set<String>> names) {
        this.pipeline = new NotePipeline(setup, output, formats, names);
    }

    public List<NoteReport> run(List<Path> notes, Progress progress) {
        return run(notes, stems(notes), progress);
    }

    /** The notes under the given output names (a part of a run keeps the names the whole run gave it). */
    List<NoteReport> run(List<Path> notes, List<String> stems, Progress progress) {
        // two notes a core: while one waits for its files to reach the disk, the other keeps the core busy
        int threads = Math.max(1, Math.min(2 * Runtime.getRuntime().availableProcessors(), notes.size()));
        ExecutorService pool = InOrder.pool(threads);
        AtomicInteger finished = new AtomicInteger();
        List<Future<NoteReport>> futures = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            Path path = notes.get(i);
            String stem = stems.get(i);
            futures.add(pool.submit(() -> {
                NoteReport report = safely(path, stem);
                progress.done(finished.incrementAndGet(), notes.size(), report.note());
                return report;
            }));
        }
        List<NoteReport> reports = new ArrayList<>();
        try {
            for (Future<NoteReport> future : futures) {
                reports.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BitextException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        return reports;
    }

    /** One note's failure, whatever it is, must not stop the batch: it becomes that note's report. */
    private NoteReport safely(Path path, String stem) {
        try {
            return pipeline.process(path, stem);
        } catch (RuntimeException | OutOfMemoryError e) {
            return NoteReport.failed(path, path + ": internal error (" + e + ")");
        }
    }

    /**
     * Output names: the note's file name without extension; where two notes in different folders share
     * it, the folder's name is put in front, then a number.
     */
    static List<String> stems(List<Path> notes) {
        Map<String, Integer> count = new HashMap<>();
        for (Path note : notes) {
            count.merge(OutputNames.stem(note.getFileName().toString()), 1, Integer::sum);
        }
        Map<String, Integer> used = new HashMap<>();
        List<String> stems = new ArrayList<>();
        for (Path note : notes) {
            String stem = OutputNames.stem(note.getFileName().toString());
            if (count.get(stem) > 1 && note.toAbsolutePath().getParent() != null && note.toAbsolutePath().getParent().getFileName() != null) {
                stem = OutputNames.stem(note.toAbsolutePath().getParent().getFileName() + "__" + stem + ".md");
            }
            int n = used.merge(stem, 1, Integer::sum);
            stems.add(n == 1 ? stem : stem + "-" + n);
        }
        return stems;
    }
}
