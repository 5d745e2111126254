package io.bitext.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bitext.TestNotes;
import io.bitext.align.DocumentTerm;
import io.bitext.note.NoteReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The translation pairs of every corpus note and the seed, against the list in
 * {@code corpus-pairs.txt} that was read and judged pair by pair: a new pair the classifier makes
 * (a clause, an explanation, a remark taken for a rendering) or a judged pair it loses fails here.
 */
class CorpusPairsTest {

    @Test
    void everyTrustedPairOfTheCorpusIsAJudgedTranslation() throws IOException {
        List<Path> notes = new ArrayList<>(TestNotes.corpus());
        notes.add(TestNotes.SEED);
        Map<String, Set<String>> judged = judged();
        for (Path path : notes) {
            String name = path.getFileName().toString();
            Set<String> found = new LinkedHashSet<>();
            for (TermOccurrence o : TermExtractor.extract(NoteReader.read(path)).pairs()) {
                if (o.pattern() != TermPattern.QUOTE && o.confidence() >= DocumentTerm.Rendering.TRUSTED) {
                    found.add(o.pattern() + "\t" + o.english() + "\t" + o.rendering());
                }
            }
            assertEquals(judged.getOrDefault(name, Set.of()), found, name);
        }
    }

    private static Map<String, Set<String>> judged() throws IOException {
        Map<String, Set<String>> judged = new LinkedHashMap<>();
        try (InputStream in = CorpusPairsTest.class.getResourceAsStream("corpus-pairs.txt")) {
            String note = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("[")) {
                    note = line.substring(1, line.length() - 1);
                    judged.put(note, new LinkedHashSet<>());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    judged.get(note).add(line.startsWith("!") ? line.substring(1) : line);
                }
            }
        }
        return judged;
    }
}
