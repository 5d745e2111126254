package io.bitext.cli;

import io.bitext.note.DeepStack;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The note of {@code bitext check NOTE}, the command an editor runs again and again, read and parsed
 * from the first moment of the start, while picocli is still building the command line (a tenth of a
 * cold check). Only that exact form is read ahead; the check takes the note only if it is the one
 * the parsed command names, and reads any other itself, so a guess can cost time but never a result.
 */
final class ReadAhead {
    private static Pending pending;

    private record Pending(Path path, CompletableFuture<Note> note) {
    }

    private ReadAhead() {
    }

    /** Starts reading the note when the arguments are {@code check FILE} and FILE is a file. */
    static synchronized void start(String[] args) {
        if (args.length != 2 || !args[0].equals("check") || args[1].startsWith("-")) {
            return;
        }
        Path path;
        try {
            path = Path.of(args[1]);
        } catch (InvalidPathException e) {
            return; // the check itself says what is wrong with it
        }
        if (!Files.isRegularFile(path)) {
            return;
        }
        pending = new Pending(path, begin(path));
    }

    /** The file being read ahead and not yet taken, or null. */
    static synchronized Path pending() {
        return pending == null ? null : pending.path();
    }

    /** The note {@code path} names: the one read ahead, or a read begun now on another thread. */
    static synchronized CompletableFuture<Note> read(Path path) {
        Pending ahead = pending;
        pending = null;
        if (ahead != null && ahead.path().equals(path)) {
            return ahead.note();
        }
        return begin(path);
    }

    /** A read of {@code path} on a thread of its own, with the reader's deep stack, so it runs there in place. */
    private static CompletableFuture<Note> begin(Path path) {
        CompletableFuture<Note> note = new CompletableFuture<>();
        DeepStack.threads("bitext-reader").newThread(() -> {
            try {
                note.complete(NoteReader.read(path));
            } catch (RuntimeException | Error e) {
                note.completeExceptionally(e);
            }
        }).start();
        return note;
    }
}
