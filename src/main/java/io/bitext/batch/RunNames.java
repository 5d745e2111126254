package io.bitext.batch;

import io.bitext.check.OtherNotes;
import io.bitext.error.BitextException;
import io.bitext.phonetic.NameLikeness;
import io.bitext.session.Setup;
import io.bitext.term.TermExtractor;
import io.bitext.term.TermOccurrence;
import io.bitext.term.TermPattern;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names every note of a run writes, read before the notes are checked, so that each check can
 * hold a note's lone spelling against the spelling several others write ({@link OtherNotes}).
 *
 * <pre>{@code
 * Setup run = setup.withOtherNotes(RunNames.of(setup, notes));
 * }</pre>
 */
public final class RunNames {
    private RunNames() {
    }

    /** Each readable note's names, over the cores; a note that cannot be read is left to the run to report. */
    public static OtherNotes of(Setup setup, List<Path> notes) {
        if (notes.size() < 2) {
            return OtherNotes.none();
        }
        List<Set<String>> names = InOrder.map(notes, path -> namesOf(setup, path));
        Map<String, Set<String>> byNote = new LinkedHashMap<>();
        for (int i = 0; i < notes.size(); i++) {
            byNote.put(notes.get(i).toString(), names.get(i));
        }
        return OtherNotes.of(byNote);
    }

    private static Set<String> namesOf(Setup setup, Path path) {
        Set<String> names = new TreeSet<>();
        try {
            // the terms alone, as the alignment would extract them: the rest of the alignment waits for the check
            for (TermOccurrence o : TermExtractor.extract(setup.open(path).note()).terms()) {
                if (o.pattern() != TermPattern.QUOTE && NameLikeness.isName(o.english())) {
                    names.add(o.english());
                }
            }
        } catch (BitextException e) {
            return Set.of(); // unreadable: the run reports it when it processes the note
        }
        return names;
    }
}
