package io.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bitext.TestNotes;
import io.bitext.export.Json;
import io.bitext.session.Setup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The tagger's and lemmatizer's answers kept per thread change nothing: a note checked on a fresh
 * thread (nothing cached) and again on a thread that has seen every note gives the same JSON.
 */
class EnglishNlpCacheTest {
    private final Setup setup = Setup.defaults();

    private String check(Path note) {
        return Json.write(setup.open(note).check());
    }

    private String onFreshThread(Path note) throws InterruptedException {
        AtomicReference<String> json = new AtomicReference<>();
        Thread thread = new Thread(() -> json.set(check(note)));
        thread.start();
        thread.join();
        return json.get();
    }

    @Test
    void checkJsonIsTheSameWithAndWithoutCachedAnalyses() throws InterruptedException {
        List<Path> notes = new ArrayList<>(List.of(TestNotes.SEED));
        notes.addAll(TestNotes.corpus());
        List<String> cold = new ArrayList<>();
        for (Path note : notes) {
            cold.add(onFreshThread(note));
        }
        for (Path note : notes) {
            check(note); // fills this thread's cache with every note's phrases
        }
        for (int i = 0; i < notes.size(); i++) {
            assertEquals(cold.get(i), check(notes.get(i)), notes.get(i).toString());
        }
    }
}
