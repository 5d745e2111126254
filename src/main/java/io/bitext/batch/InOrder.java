package io.bitext.batch;

import io.bitext.error.BitextException;
import io.bitext.note.DeepStack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Work on many notes spread over the cores, with the results in the notes' order and the first
 * failure (in that order) thrown as itself: for commands such as {@code check DIR}, which stop at a
 * bad note, where {@link Batch} reports it and goes on.
 */
public final class InOrder {

    private InOrder() {
    }

    public static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), items.size()));
        if (threads == 1) {
            return items.stream().map(work).toList(); // one note: no pool to start
        }
        ExecutorService pool = pool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BitextException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A pool of daemon threads for notes (a stuck note must not keep the command from exiting), each
     * with the reader's deep stack, so that a note is read on the thread that goes on to check it.
     */
    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, DeepStack.threads("bitext-note"));
    }
}
