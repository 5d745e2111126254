package io.bitext.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the places a checker reports in one note against that note's gold. A place matches an
 * annotation when it stands on the same line and its characters overlap one occurrence of the
 * annotation's text. Each occurrence is credited once: of the places on it, the one that covers it
 * most tightly is a true positive and the others are duplicates (the same span reported twice, or a
 * section-wide finding that happens to cover a term, is noise to an editor). A place on an
 * {@link Gold.Acceptable} entry counts neither way; any other place is a false positive.
 *
 * <pre>{@code
 * List<Scorer.Scored> scored = new Scorer(gold).score(List.of(
 *         new Scorer.Reported("glossary.forbidden", new Scorer.Place(69, 12, "CodeX"), "write Codex")));
 * }</pre>
 */
public final class Scorer {

    /** What a reported place is worth. */
    public enum Verdict { TRUE_POSITIVE, DUPLICATE, ACCEPTABLE, FALSE_POSITIVE }

    /** A reported place: 1-based line and column (in code points) and the text there. */
    public record Place(int line, int column, String text) {
    }

    /** One place of one finding, as reported, with its first suggested replacement (or null). */
    public record Reported(String rule, Place place, String message, String suggestion) {
        public Reported(String rule, Place place, String message) {
            this(rule, place, message, null);
        }
    }

    /** One scored place, with the annotation it matched (null for acceptable places and false positives). */
    public record Scored(String note, String split, String rule, String message, Place place, Verdict verdict,
                         Gold.Annotation annotation, String suggestion) {

        /** Whether this is a true positive whose suggestion differs from the gold's correct form. */
        public boolean fixDisagrees() {
            return verdict == Verdict.TRUE_POSITIVE && suggestion != null && !annotation.correct().isEmpty()
                    && !suggestion.equals(annotation.correct());
        }
    }

    /** The annotation occurrence a place overlaps, and how tightly (overlap over union, 0..1). */
    private record Hit(Gold.Annotation annotation, int occurrence, double tightness) {
    }

    private final Gold gold;
    private final Set<Gold.Annotation> found = new LinkedHashSet<>();

    public Scorer(Gold gold) {
        this.gold = gold;
    }

    /** Scores the places in the order given; ties in tightness go to the earlier place. */
    public List<Scored> score(List<Reported> reported) {
        List<Hit> hits = reported.stream().map(r -> hit(r.place())).toList();
        Map<String, Integer> best = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h != null) {
                best.merge(key(h), i, (a, b) -> hits.get(b).tightness() > hits.get(a).tightness() ? b : a);
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            Reported r = reported.get(i);
            Hit h = hits.get(i);
            Verdict v;
            if (h != null) {
                v = best.get(key(h)) == i ? Verdict.TRUE_POSITIVE : Verdict.DUPLICATE;
                if (v == Verdict.TRUE_POSITIVE) {
                    found.add(h.annotation());
                }
            } else {
                v = acceptable(r.place()) ? Verdict.ACCEPTABLE : Verdict.FALSE_POSITIVE;
            }
            scored.add(new Scored(gold.note(), gold.split(), r.rule(), r.message(), r.place(), v,
                    h == null ? null : h.annotation(), r.suggestion()));
        }
        return scored;
    }

    /** The annotations some place has been credited with so far. */
    public Set<Gold.Annotation> found() {
        return Set.copyOf(found);
    }

    private static String key(Hit h) {
        return h.annotation().line() + "\u0000" + h.annotation().text() + "\u0000" + h.occurrence();
    }

    private Hit hit(Place place) {
        if (place.line() < 1 || place.line() > gold.lines().size()) {
            return null;
        }
        String line = gold.line(place.line());
        List<int[]> reported = placeRanges(line, place);
        Hit best = null;
        for (Gold.Annotation a : gold.annotations()) {
            if (a.line() != place.line()) {
                continue;
            }
            List<int[]> occurrences = ranges(line, a.text());
            for (int o = 0; o < occurrences.size(); o++) {
                for (int[] r : reported) {
                    double t = tightness(r, occurrences.get(o));
                    if (t > 0 && (best == null || t > best.tightness())) {
                        best = new Hit(a, o, t);
                    }
                }
            }
        }
        return best;
    }

    private boolean acceptable(Place place) {
        if (place.line() < 1 || place.line() > gold.lines().size()) {
            return false;
        }
        String line = gold.line(place.line());
        List<int[]> reported = placeRanges(line, place);
        for (Gold.Acceptable a : gold.acceptable()) {
            if (a.line() == place.line()) {
                for (int[] occurrence : ranges(line, a.text())) {
                    for (int[] r : reported) {
                        if (tightness(r, occurrence) > 0) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Overlap over union of two code-point ranges; 0 when they do not overlap. */
    static double tightness(int[] a, int[] b) {
        int overlap = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
        if (overlap <= 0) {
            return 0;
        }
        return (double) overlap / (Math.max(a[1], b[1]) - Math.min(a[0], b[0]));
    }

    /**
     * The code-point range the place covers. When its text is not at its column (a finding that spans
     * lines, or a column counted differently) every occurrence of the text on the line stands in.
     */
    private static List<int[]> placeRanges(String line, Place place) {
        String text = firstLine(place.text());
        int start = place.column() - 1;
        int length = Math.max(1, text.codePointCount(0, text.length()));
        if (text.isEmpty() || startsAt(line, start, text)) {
            return List.<int[]>of(new int[] {start, start + length});
        }
        List<int[]> found = ranges(line, text);
        return found.isEmpty() ? List.<int[]>of(new int[] {start, start + length}) : found;
    }

    private static boolean startsAt(String line, int codePoint, String text) {
        if (codePoint < 0 || codePoint > line.codePointCount(0, line.length())) {
            return false;
        }
        return line.startsWith(text, line.offsetByCodePoints(0, codePoint));
    }

    /** Every occurrence of {@code text} on the line, as code-point ranges. */
    static List<int[]> ranges(String line, String text) {
        List<int[]> result = new ArrayList<>();
        if (text.isEmpty()) {
            return result;
        }
        for (int at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + 1)) {
            int start = line.codePointCount(0, at);
            result.add(new int[] {start, start + text.codePointCount(0, text.length())});
        }
        return result;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
