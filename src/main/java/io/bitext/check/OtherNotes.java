package io.bitext.check;

import io.bitext.phonetic.NameLikeness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names the other notes of a run write, so that a note can be told it spells one of them
 * unlike several others do: {@code Jon Shulman} here, {@code John Schulman} in three other notes.
 * Built once per run from every note's names; {@link #besides(String)} is one note's view.
 *
 * <pre>{@code
 * OtherNotes run = OtherNotes.of(Map.of("a.md", Set.of("John Schulman"), "b.md", Set.of("John Schulman"),
 *         "c.md", Set.of("Jon Shulman")));
 * run.besides("c.md").usualSpellingOf("Jon Shulman"); // John Schulman, in a.md and b.md
 * }</pre>
 */
public final class OtherNotes {
    /** Notes that must agree on a spelling before a lone other spelling counts against it. */
    static final int SEVERAL = 2;
    private static final OtherNotes NONE = new OtherNotes(Map.of(), Map.of(), null, null);

    /**
     * A spelling and the other notes that write it.
     *
     * @param text  the name as those notes write it
     * @param notes the notes, as the run names them
     */
    public record Spelling(String text, List<String> notes) {
    }

    /** A note's lone spelling of a name that several other notes spell {@code usual}'s way. */
    public record Miss(String note, String written, Spelling usual) {
    }

    /** Spelling → the notes that write it, sorted. */
    private final Map<String, TreeSet<String>> notesBySpelling;
    /** Lower-case first letter → the spellings several notes write: the only ones a lone spelling is held against. */
    private final Map<Character, List<String>> sharedByInitial;
    private final String self;
    /** Note → the spellings it asked about, while the names are not known yet; null once they are. */
    private final Map<String, Set<String>> asked;

    private OtherNotes(Map<String, TreeSet<String>> notesBySpelling, Map<Character, List<String>> sharedByInitial, String self,
                       Map<String, Set<String>> asked) {
        this.notesBySpelling = notesBySpelling;
        this.sharedByInitial = sharedByInitial;
        this.self = self;
        this.asked = asked;
    }

    /** No other notes: a single check. */
    public static OtherNotes none() {
        return NONE;
    }

    /**
     * A run whose notes' names are not known yet: every answer is "none", and each spelling a note asks
     * about is put in {@code asked} (note → spellings, safe for the batch's threads), so that the run
     * can tell afterwards, by {@link #wouldAnswer}, which notes the known names would have answered.
     */
    public static OtherNotes unknown(Map<String, Set<String>> asked) {
        return new OtherNotes(Map.of(), Map.of(), null, asked);
    }

    /** Whether any of {@code spellings} has a usual spelling for {@code note} in this run. */
    public boolean wouldAnswer(String note, Set<String> spellings) {
        OtherNotes view = besides(note);
        return spellings.stream().anyMatch(s -> view.usualSpellingOf(s).isPresent());
    }

    /** Every note of a run (as the run names it) → the names it writes. */
    public static OtherNotes of(Map<String, Set<String>> namesByNote) {
        Map<String, TreeSet<String>> bySpelling = new HashMap<>();
        namesByNote.forEach((note, names) -> names.forEach(n -> bySpelling.computeIfAbsent(n, k -> new TreeSet<>()).add(note)));
        Map<Character, List<String>> shared = new HashMap<>();
        bySpelling.forEach((spelling, notes) -> {
            if (notes.size() >= SEVERAL && !spelling.isEmpty()) {
                shared.computeIfAbsent(Character.toLowerCase(spelling.charAt(0)), k -> new ArrayList<>()).add(spelling);
            }
        });
        shared.values().forEach(list -> list.sort(null)); // the same answer whatever order the notes finished in
        return new OtherNotes(bySpelling, shared, null, null);
    }

    /** The run as one note sees it: the notes other than {@code note}. */
    public OtherNotes besides(String note) {
        return this == NONE ? NONE : new OtherNotes(notesBySpelling, sharedByInitial, note, asked);
    }

    /**
     * The spelling that several other notes write and {@code written} is a near-miss of, the most
     * notes first; none when another note writes {@code written} too (two notes agree on it) or this
     * note also writes the usual spelling (then it disagrees with itself, which a single check finds).
     */
    public Optional<Spelling> usualSpellingOf(String written) {
        if (asked != null && self != null) {
            asked.computeIfAbsent(self, k -> ConcurrentHashMap.newKeySet()).add(written);
        }
        if (written.isEmpty() || othersWriting(written) > 0) {
            return Optional.empty();
        }
        // counted, not listed: a spelling every note writes is in every note's questions, and a list of
        // its other notes per question would make a run's cost grow with the square of its notes
        String best = null;
        int bestCount = 0;
        for (String candidate : sharedByInitial.getOrDefault(Character.toLowerCase(written.charAt(0)), List.of())) {
            int count = othersWriting(candidate);
            boolean mine = self != null && notesBySpelling.get(candidate).contains(self);
            if (!mine && count >= SEVERAL && count > bestCount && NameLikeness.nearMiss(written, candidate)) {
                best = candidate;
                bestCount = count;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Spelling(best, others(best)));
    }

    /** Every note's lone spellings of names several other notes spell another way, by note then name. */
    public List<Miss> misses() {
        Map<String, List<String>> byNote = new TreeMap<>();
        notesBySpelling.forEach((spelling, notes) -> {
            if (notes.size() == 1) {
                byNote.computeIfAbsent(notes.first(), k -> new ArrayList<>()).add(spelling);
            }
        });
        List<Miss> misses = new ArrayList<>();
        byNote.forEach((note, spellings) -> {
            OtherNotes view = besides(note);
            spellings.stream().sorted().forEach(s -> view.usualSpellingOf(s).ifPresent(u -> misses.add(new Miss(note, s, u))));
        });
        misses.sort(Comparator.comparing(Miss::note).thenComparing(Miss::written));
        return misses;
    }

    /** How many notes other than this one write {@code spelling}. */
    private int othersWriting(String spelling) {
        TreeSet<String> notes = notesBySpelling.get(spelling);
        if (notes == null) {
            return 0;
        }
        return self != null && notes.contains(self) ? notes.size() - 1 : notes.size();
    }

    private List<String> others(String spelling) {
        TreeSet<String> notes = notesBySpelling.get(spelling);
        if (notes == null) {
            return List.of();
        }
        return notes.stream().filter(n -> !n.equals(self)).toList();
    }
}
