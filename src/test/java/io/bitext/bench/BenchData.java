package io.bitext.bench;

import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.TermType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Inputs for the benchmarks, made the same way on every run: note text (the seed and, when present,
 * the corpus notes, repeated to the size asked for) and glossaries of a given size (the curated one
 * topped up with generated English and Chinese terms, as a large termbase would be).
 */
final class BenchData {
    private static final String SYLLABLES = "ka ri to na me so lu pe vi da ro mi ta ne bo ga li zu fe ha";

    private BenchData() {
    }

    static String noteText(int bytes) {
        StringBuilder pool = new StringBuilder();
        try {
            pool.append(Files.readString(Path.of("seeds", "000_a3c508f15ff8c1eb.txt")));
            Path corpus = Path.of("..", "shared", "corpus");
            if (Files.isDirectory(corpus)) {
                try (Stream<Path> notes = Files.list(corpus)) {
                    for (Path note : notes.sorted().toList()) {
                        pool.append(Files.readString(note));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder text = new StringBuilder(bytes);
        while (utf8Length(text) < bytes) {
            text.append(pool);
        }
        return text.toString();
    }

    static long utf8Length(CharSequence text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    static Glossary glossary(int size) {
        List<Entry> entries = new ArrayList<>(Glossary.load(Path.of("glossary")).entries());
        String[] syllables = SYLLABLES.split(" ");
        SplittableRandom random = new SplittableRandom(42);
        for (int i = entries.size(); i < size; i++) {
            StringBuilder en = new StringBuilder();
            int words = 1 + random.nextInt(3);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    en.append(' ');
                }
                for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                    en.append(syllables[random.nextInt(syllables.length)]);
                }
            }
            StringBuilder zh = new StringBuilder();
            for (int c = 0, n = 2 + random.nextInt(3); c < n; c++) {
                zh.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
            }
            entries.add(new Entry("g" + i, en + " " + i, List.of(), List.of(), zh.toString(), List.of(), List.of(),
                    TermType.TERM, "", "", ""));
        }
        return new Glossary(entries.subList(0, size));
    }
}
