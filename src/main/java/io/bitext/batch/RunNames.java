package io.bitext.batch;

import io.bitext.check.OtherNotes;
import io.bitext.export.Exporter;
import io.bitext.phonetic.NameLikeness;
import io.bitext.report.NoteReport;
import io.bitext.session.Setup;
import io.bitext.term.Extraction;
import io.bitext.term.TermOccurrence;
import io.bitext.term.TermPattern;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run in which each note's lone spelling of a name is held against the spelling several other
 * notes write ({@link OtherNotes}), in one pass over the notes. The names are known only once every
 * note is read, so each note is first checked and written as if no other note answered, while the run
 * keeps the names it writes and the spellings it asked about; then only the notes whose questions the
 * known names answer are made again. A spelling that other notes disagree with is rare, so a run
 * costs one pass, and its outputs are those of a run that knew every name from the start.
 *
 * <pre>{@code
 * RunNames.Outcome outcome = RunNames.run(setup, Path.of("output"), Exporters.all(), notes, Progress.none());
 * outcome.reports(); outcome.names().misses();
 * }</pre>
 */
public final class RunNames {
    /** The notes' reports, in the notes' order, and the names the run's notes write. */
    public record Outcome(List<NoteReport> reports, OtherNotes names) {
    }

    private RunNames() {
    }

    public static Outcome run(Setup setup, Path output, List<Exporter> formats, List<Path> notes, Progress progress) {
        if (notes.size() < 2) {
            return new Outcome(new Batch(setup, output, formats).run(notes, progress), OtherNotes.none());
        }
        Map<String, Set<String>> asked = new ConcurrentHashMap<>();
        Map<String, Set<String>> written = new ConcurrentHashMap<>();
        List<String> stems = Batch.stems(notes);
        List<NoteReport> reports = new ArrayList<>(new Batch(setup.withOtherNotes(OtherNotes.unknown(asked)), output, formats, written::put)
                .run(notes, stems, progress));
        Map<String, Set<String>> byNote = new LinkedHashMap<>();
        for (Path note : notes) {
            byNote.put(note.toString(), written.getOrDefault(note.toString(), Set.of()));
        }
        OtherNotes names = OtherNotes.of(byNote);
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            String note = notes.get(i).toString();
            if (names.wouldAnswer(note, asked.getOrDefault(note, Set.of()))) {
                again.add(i);
            }
        }
        if (!again.isEmpty()) {
            List<NoteReport> redone = new Batch(setup.withOtherNotes(names), output, formats)
                    .run(again.stream().map(notes::get).toList(), again.stream().map(stems::get).toList(), Progress.none());
            for (int i = 0; i < again.size(); i++) {
                reports.set(again.get(i), redone.get(i));
            }
        }
        return new Outcome(List.copyOf(reports), names);
    }

    /** The names among a note's terms: what other notes' spellings are held against. */
    static Set<String> in(Extraction extraction) {
        Set<String> names = new TreeSet<>();
        for (TermOccurrence o : extraction.terms()) {
            if (o.pattern() != TermPattern.QUOTE && NameLikeness.isName(o.english())) {
                names.add(o.english());
            }
        }
        return names;
    }
}
