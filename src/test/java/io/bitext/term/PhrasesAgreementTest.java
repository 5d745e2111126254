package io.bitext.term;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The dictionary's judgement of English phrases, which a check uses, against OpenNLP's tagger and
 * lemmatizer, which it used before: on the seed and every corpus note, the extracted terms (their
 * pattern, normalised form and spans) must be the same for at least 97 % of the occurrences. Where
 * they differ it is mostly a capitalised plural in a title, which the tagger singularises or not as
 * it reads the word as a common or a proper noun ({@code Hooks} → {@code Hook}, {@code Docs} kept).
 */
class PhrasesAgreementTest {

    @Test
    void theDictionaryAgreesWithTheTaggerOnEveryRealNote() {
        List<Path> notes = new ArrayList<>(List.of(TestNotes.SEED));
        notes.addAll(TestNotes.corpus());
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (Path path : notes) {
            Note note = NoteReader.read(path);
            List<TermOccurrence> dictionary = TermExtractor.extract(note, new DictionaryPhrases()).occurrences();
            List<TermOccurrence> tagger = TermExtractor.extract(note, new OpenNlpPhrases()).occurrences();
            compared += tagger.size();
            if (dictionary.size() != tagger.size()) {
                disagreements.add(path.getFileName() + ": " + firstDifference(dictionary, tagger));
                continue;
            }
            for (int i = 0; i < tagger.size(); i++) {
                if (!dictionary.get(i).equals(tagger.get(i))) {
                    disagreements.add(path.getFileName() + ": ‘" + tagger.get(i).english() + "’ tagger "
                            + tagger.get(i).pattern() + " " + tagger.get(i).normalized() + ", dictionary "
                            + dictionary.get(i).pattern() + " " + dictionary.get(i).normalized());
                }
            }
        }
        double agreement = 1 - (double) disagreements.size() / compared;
        System.out.printf("phrases: %d occurrences compared in %d notes, %.1f %% the same%n", compared, notes.size(),
                100 * agreement);
        disagreements.forEach(System.out::println);
        assertTrue(agreement >= 0.97, "the dictionary and the tagger disagree on " + disagreements.size() + " occurrences");
    }

    private static String firstDifference(List<TermOccurrence> dictionary, List<TermOccurrence> tagger) {
        int i = IntStream.range(0, Math.min(dictionary.size(), tagger.size()))
                .filter(k -> !dictionary.get(k).equals(tagger.get(k))).findFirst().orElse(Math.min(dictionary.size(), tagger.size()));
        String d = i < dictionary.size() ? dictionary.get(i).toString() : "(none)";
        String t = i < tagger.size() ? tagger.get(i).toString() : "(none)";
        return "dictionary " + d + " / tagger " + t;
    }
}
