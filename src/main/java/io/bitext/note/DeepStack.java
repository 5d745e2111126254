package io.bitext.note;

import io.bitext.error.BitextException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a stage on a thread with a stack of known size. flexmark recurses (in its regular expressions
 * and over nested containers) as deep as the input nests, and the main thread's stack is whatever the
 * JVM was started with; here the depth a note may reach is the same everywhere, and a note that goes
 * deeper is refused with one line for that note alone instead of a {@link StackOverflowError} that
 * would end the whole command.
 *
 * <pre>{@code
 * Note note = DeepStack.run("talk.md", () -> reader.parseText("talk.md", text, encoding));
 * ExecutorService pool = Executors.newFixedThreadPool(2, DeepStack.threads("bitext-note")); // stages run in place there
 * }</pre>
 */
public final class DeepStack {
    /** Enough for a note nested thousands of levels deep; reserved, but touched only as deep as used. */
    static final long STACK_BYTES = 256L * 1024 * 1024;

    /** The stack size of the stage thread this thread is, or 0 on any other thread. */
    private static final ThreadLocal<Long> OWN_STACK = ThreadLocal.withInitial(() -> 0L);

    private DeepStack() {
    }

    public static <T> T run(String name, Supplier<T> stage) {
        return run(name, STACK_BYTES, stage);
    }

    /**
     * As {@link #run(String, Supplier)}, with a stack of {@code stackBytes}. Called on a stage thread
     * whose stack is as large (a nested stage, or a thread of {@link #threads}), it runs the stage in
     * place, and an overflow is the same error line.
     */
    public static <T> T run(String name, long stackBytes, Supplier<T> stage) {
        if (OWN_STACK.get() >= stackBytes) {
            try {
                return stage.get();
            } catch (StackOverflowError e) {
                throw tooDeep(name);
            }
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            OWN_STACK.set(stackBytes);
            try {
                result.set(stage.get());
            } catch (StackOverflowError e) {
                failure.set(tooDeep(name));
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "bitext-reader", stackBytes);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new BitextException(name + ": interrupted while being read", e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return result.get();
    }

    /**
     * Daemon threads with a stage's stack, on which {@link #run} runs its stage in place: a pool of
     * them reads note after note without starting a thread, and handing the note over, for each one.
     */
    public static ThreadFactory threads(String name) {
        return task -> {
            Thread thread = new Thread(null, () -> {
                OWN_STACK.set(STACK_BYTES);
                task.run();
            }, name, STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static BitextException tooDeep(String name) {
        return new BitextException(name + ": nested too deeply to be read (lists, quotes or marks thousands of levels deep)");
    }
}
