package io.bitext.eval;

import io.bitext.TestNotes;
import io.bitext.check.Finding;
import io.bitext.note.Excerpt;
import io.bitext.session.Setup;
import io.bitext.check.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the checker on each gold note exactly as {@code bitext check} does (the built-in
 * glossary, the note's {@code bitext.yaml} if any, the aligner, every rule) and scores every place of
 * every finding at warning and above.
 *
 * <pre>{@code
 * Evaluation e = Evaluation.run(Gold.available());
 * System.out.println(e.total().precision());
 * }</pre>
 */
public record Evaluation(List<NoteResult> notes) {

    /** One note: its gold, its scored places and the annotations they found. */
    public record NoteResult(Gold gold, List<Scorer.Scored> scored, Set<Gold.Annotation> found) {
    }

    public static Evaluation run(List<Gold> golds) {
        Setup setup = Setup.defaults();
        List<NoteResult> results = new ArrayList<>();
        for (Gold gold : golds) {
            results.add(evaluate(gold, findings(setup, gold.path())));
        }
        return new Evaluation(List.copyOf(results));
    }

    /**
     * The notes whose English original is at hand, each checked with it as {@code bitext check
     * --transcript} checks it: what the original adds to the findings, on the notes that have one.
     */
    public static Evaluation withOriginals(List<Gold> golds) {
        List<NoteResult> results = new ArrayList<>();
        for (Gold gold : golds) {
            String name = gold.path().getFileName().toString();
            Path english = TestNotes.TRANSCRIPTS.resolve(name.substring(0, name.lastIndexOf('.')) + ".txt");
            if (Files.isRegularFile(english)) {
                results.add(evaluate(gold, findings(Setup.builder().transcript(english).build(), gold.path())));
            }
        }
        return new Evaluation(List.copyOf(results));
    }

    /** The note's findings at warning and above, as {@code bitext check} reports them. */
    static List<Finding> findings(Setup setup, Path path) {
        return setup.open(path).check().findings().stream()
                .filter(f -> f.severity().atLeast(Severity.WARNING))
                .toList();
    }

    /** Scores the findings' places in the checker's order; each place of a finding counts on its own. */
    static NoteResult evaluate(Gold gold, List<Finding> findings) {
        List<Scorer.Reported> reported = new ArrayList<>();
        for (Finding f : findings) {
            String suggestion = f.replacements().isEmpty() ? null : f.replacements().get(0).text();
            for (Excerpt place : f.places()) {
                reported.add(new Scorer.Reported(f.rule(), new Scorer.Place(place.line(), place.column(), place.text()),
                        f.message(), suggestion));
            }
        }
        Scorer scorer = new Scorer(gold);
        List<Scorer.Scored> scored = scorer.score(reported);
        return new NoteResult(gold, scored, scorer.found());
    }

    /** Every scored place of every note. */
    public List<Scorer.Scored> places() {
        return notes.stream().flatMap(n -> n.scored().stream()).toList();
    }

    /** The figures over all notes. */
    public Tally total() {
        return Tally.of(notes, n -> true, s -> true, a -> true);
    }

    /** The figures over one split (tune or test). */
    public Tally split(String split) {
        return Tally.of(notes, n -> n.gold().split().equals(split), s -> true, a -> true);
    }
}
