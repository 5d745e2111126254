package io.bitext;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the tests find real notes: the seed in the project, the corpus beside it when present. */
public final class TestNotes {
    public static final Path SEED = Path.of("seeds", "000_a3c508f15ff8c1eb.txt");
    public static final Path CORPUS = Path.of("..", "shared", "corpus");
    /** The English originals of corpus notes, each named as its note with {@code .txt}. */
    public static final Path TRANSCRIPTS = Path.of("..", "shared", "transcripts");

    private TestNotes() {
    }

    /** The corpus notes; the calling test is skipped, with the reason shown, when the folder is absent. */
    public static List<Path> corpus() {
        boolean present = Files.isDirectory(CORPUS);
        if (!present) {
            System.out.println("SKIPPED: " + CORPUS.toAbsolutePath() + " is absent; corpus tests do not run");
        }
        assumeTrue(present, CORPUS + " is absent");
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String seedText() {
        try {
            return Files.readString(SEED);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
