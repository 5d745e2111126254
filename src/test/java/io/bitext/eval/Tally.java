package io.bitext.eval;

import java.util.List;
import java.util.function.Predicate;

/**
 * Counts for one slice of an evaluation: places that were true positives, duplicates, acceptable or
 * false positives, and annotations found out of those annotated. Precision is over places and counts
 * a duplicate as a false positive; recall counts each annotation once, however many of its occurrences
 * on the line were reported.
 */
public record Tally(int truePositives, int duplicates, int acceptable, int falsePositives, int annotations, int found) {

    static Tally of(List<Evaluation.NoteResult> notes, Predicate<Evaluation.NoteResult> note,
                    Predicate<Scorer.Scored> place, Predicate<Gold.Annotation> annotation) {
        int tp = 0;
        int dup = 0;
        int ok = 0;
        int fp = 0;
        int ann = 0;
        int hit = 0;
        for (Evaluation.NoteResult n : notes) {
            if (!note.test(n)) {
                continue;
            }
            for (Scorer.Scored s : n.scored()) {
                if (!place.test(s)) {
                    continue;
                }
                switch (s.verdict()) {
                    case TRUE_POSITIVE -> tp++;
                    case DUPLICATE -> dup++;
                    case ACCEPTABLE -> ok++;
                    case FALSE_POSITIVE -> fp++;
                }
            }
            for (Gold.Annotation a : n.gold().annotations()) {
                if (annotation.test(a)) {
                    ann++;
                    hit += n.found().contains(a) ? 1 : 0;
                }
            }
        }
        return new Tally(tp, dup, ok, fp, ann, hit);
    }

    /** True positives over all places that were not acceptable; NaN when there were none. */
    public double precision() {
        int judged = truePositives + duplicates + falsePositives;
        return judged == 0 ? Double.NaN : (double) truePositives / judged;
    }

    /** Annotations found over annotations; NaN when there were none. */
    public double recall() {
        return annotations == 0 ? Double.NaN : (double) found / annotations;
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "–" : String.format(java.util.Locale.ROOT, "%.0f %%", value * 100);
    }
}
