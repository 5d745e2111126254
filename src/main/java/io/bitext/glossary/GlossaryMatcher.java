package io.bitext.glossary;

import io.bitext.match.AhoCorasick;
import io.bitext.match.CharFolding;
import io.bitext.match.WordBoundaries;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds every glossary form (preferred, admitted and forbidden, English and Chinese) in a text in one
 * pass. Matching ignores case and character width but reports the text as written, so a caller can
 * tell {@code O3} from {@code o3}. A form that starts or ends with a Latin letter or digit matches only
 * at a Latin word boundary: {@code RL} does not match inside {@code RLHF}, while {@code policy} matches
 * in {@code 的policy是}, since Chinese characters are not part of a Latin word.
 *
 * <pre>{@code
 * GlossaryMatcher matcher = GlossaryMatcher.of(Glossary.load(Path.of("glossary")));
 * for (GlossaryMatch m : matcher.findAll(note.text())) System.out.println(m.start() + " " + m.entry().id());
 * }</pre>
 */
public final class GlossaryMatcher {
    private final AhoCorasick automaton;
    /**
     * Every entry form that folds to a pattern (one folded key may stand for several forms), pattern
     * after pattern, as {@link FormPlace}s; pattern {@code p}'s are those from {@code starts[p]} to
     * {@code starts[p + 1]}. Views of the compiled glossary's bytes when it comes compiled.
     */
    private final IntBuffer starts;
    private final IntBuffer places;
    /**
     * Per pattern, the same forms as objects, made when the pattern first matches: a compiled glossary
     * decodes only the entries a text names. A plain array on purpose: an immutable list stored by one
     * thread is seen whole by another, and two threads resolving one pattern make equal lists.
     */
    private final List<Ref>[] refs;
    private final boolean[] wordStart;
    private final boolean[] wordEnd;
    private final Glossary glossary;

    private record Ref(Entry entry, Entry.Form form) {
    }

    @SuppressWarnings("unchecked")
    private GlossaryMatcher(Glossary glossary, AhoCorasick automaton, IntBuffer starts, IntBuffer places, boolean[] wordStart,
                            boolean[] wordEnd) {
        this.glossary = glossary;
        this.automaton = automaton;
        this.starts = starts;
        this.places = places;
        this.refs = new List[wordStart.length];
        this.wordStart = wordStart;
        this.wordEnd = wordEnd;
    }

    /** The glossary's matcher: the one it was read with ({@link CompiledGlossary}), else built now. */
    public static GlossaryMatcher of(Glossary glossary) {
        GlossaryMatcher compiled = glossary.compiledMatcher();
        return compiled != null ? compiled : build(glossary);
    }

    private static GlossaryMatcher build(Glossary glossary) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        List<Entry> entries = glossary.entries();
        for (int e = 0; e < entries.size(); e++) {
            List<Entry.Form> forms = entries.get(e).forms();
            for (int f = 0; f < forms.size(); f++) {
                String key = CharFolding.fold(forms.get(f).text());
                byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(FormPlace.pack(e, f));
            }
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        boolean[] wordStart = new boolean[keys.size()];
        boolean[] wordEnd = new boolean[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            wordStart[i] = CharFolding.isWordChar(key.charAt(0));
            wordEnd[i] = CharFolding.isWordChar(key.charAt(key.length() - 1));
        }
        int[] starts = new int[keys.size() + 1];
        List<Integer> places = new ArrayList<>();
        int p = 0;
        for (List<Integer> these : byKey.values()) {
            places.addAll(these);
            starts[++p] = places.size();
        }
        int[] packed = places.stream().mapToInt(Integer::intValue).toArray();
        return new GlossaryMatcher(glossary, AhoCorasick.of(keys), IntBuffer.wrap(starts), IntBuffer.wrap(packed), wordStart, wordEnd);
    }

    /**
     * Writes the automaton and, per pattern, its word-boundary flags and the forms it stands for (as
     * the entry's place in the glossary and the form's place in {@link Entry#forms()}).
     */
    void write(DataOutputStream out) throws IOException {
        automaton.write(out);
        out.writeInt(wordStart.length);
        for (int p = 0; p < wordStart.length; p++) {
            out.writeByte((wordStart[p] ? 1 : 0) | (wordEnd[p] ? 2 : 0));
        }
        for (int i = 0; i < starts.limit(); i++) {
            out.writeInt(starts.get(i));
        }
        for (int i = 0; i < places.limit(); i++) {
            out.writeInt(places.get(i));
        }
    }

    /** Reads what {@link #write} wrote for {@code glossary}, the same entries in the same order: the forms as views, not copies. */
    static GlossaryMatcher read(ByteBuffer in, Glossary glossary) {
        AhoCorasick automaton = AhoCorasick.read(in);
        int patterns = in.getInt();
        boolean[] wordStart = new boolean[patterns];
        boolean[] wordEnd = new boolean[patterns];
        for (int p = 0; p < patterns; p++) {
            int flags = in.get();
            wordStart[p] = (flags & 1) != 0;
            wordEnd[p] = (flags & 2) != 0;
        }
        IntBuffer starts = ints(in, patterns + 1);
        IntBuffer places = ints(in, starts.get(patterns));
        return new GlossaryMatcher(glossary, automaton, starts, places, wordStart, wordEnd);
    }

    private static IntBuffer ints(ByteBuffer in, int count) {
        IntBuffer view = in.slice(in.position(), count * Integer.BYTES).asIntBuffer();
        in.position(in.position() + count * Integer.BYTES);
        return view;
    }

    /** The forms pattern {@code p} stands for, resolved on first use. */
    private List<Ref> refs(int p) {
        List<Ref> resolved = refs[p];
        if (resolved == null) {
            List<Entry> entries = glossary.entries();
            Ref[] these = new Ref[starts.get(p + 1) - starts.get(p)];
            for (int r = 0; r < these.length; r++) {
                int place = places.get(starts.get(p) + r);
                Entry entry = FormPlace.entry(entries, place);
                these[r] = new Ref(entry, FormPlace.form(entry, place));
            }
            resolved = List.of(these);
            refs[p] = resolved;
        }
        return resolved;
    }

    /** The glossary the matcher was built from. */
    public Glossary glossary() {
        return glossary;
    }

    /** Every match, each form of a folded key reported, ordered by start then longest first. */
    public List<GlossaryMatch> findAll(CharSequence text) {
        List<GlossaryMatch> matches = new ArrayList<>();
        scan(text, matches::add);
        matches.sort(Comparator.comparingInt(GlossaryMatch::start).thenComparing(Comparator.comparingInt(GlossaryMatch::length).reversed()));
        return matches;
    }

    /**
     * The leftmost-longest matches that do not overlap, one form each (the entry whose form the text
     * writes exactly wins): what to underline in a document.
     */
    public List<GlossaryMatch> findLongest(CharSequence text) {
        return longest(findAll(text));
    }

    /**
     * {@link #findLongest} chosen from {@code all}, the matches {@link #findAll} found in a text: a
     * caller that already has every match need not match the text again.
     */
    public static List<GlossaryMatch> longest(List<GlossaryMatch> all) {
        List<GlossaryMatch> chosen = new ArrayList<>();
        int end = 0;
        for (GlossaryMatch m : all) {
            if (m.start() >= end) {
                chosen.add(m);
                end = m.end();
            } else if (!chosen.isEmpty()) {
                GlossaryMatch last = chosen.get(chosen.size() - 1);
                if (last.start() == m.start() && last.end() == m.end() && !last.exact() && m.exact()) {
                    chosen.set(chosen.size() - 1, m);
                }
            }
        }
        return chosen;
    }

    /**
     * What {@link #findAll} finds in {@code text}'s stretch {@code from}–{@code to} (offsets relative
     * to it), taken from {@code all}, every match in {@code text}: the automaton reports every match,
     * folding is character by character and a word boundary looks at most two characters beyond a
     * match, so the matches inside the stretch are the same unless a Latin letter, digit or joiner
     * touches it; then the stretch is matched on its own.
     */
    public List<GlossaryMatch> findAll(List<GlossaryMatch> all, CharSequence text, int from, int to) {
        if (!separates(text, from - 1) || !separates(text, to)) {
            return findAll(text.subSequence(from, to));
        }
        List<GlossaryMatch> inside = new ArrayList<>();
        for (int i = firstFrom(all, from); i < all.size() && all.get(i).start() < to; i++) {
            GlossaryMatch m = all.get(i);
            if (m.end() <= to) {
                inside.add(new GlossaryMatch(m.start() - from, m.end() - from, m.text(), m.entry(), m.form()));
            }
        }
        return inside;
    }

    /** Whether the character at {@code at} (none when outside the text) ends any Latin word before it and starts none after it. */
    private static boolean separates(CharSequence text, int at) {
        if (at < 0 || at >= text.length()) {
            return true;
        }
        char c = CharFolding.fold(text.charAt(at));
        return !CharFolding.isWordChar(c) && c != '-' && c != '.' && c != '_';
    }

    /** The index of the first match in {@code all} (by start) that starts at or after {@code from}. */
    private static int firstFrom(List<GlossaryMatch> all, int from) {
        int low = 0;
        int high = all.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (all.get(middle).start() < from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Streams matches in the order the automaton finds them (by end offset); allocation-light. */
    public void scan(CharSequence text, Consumer<GlossaryMatch> sink) {
        String folded = CharFolding.fold(text);
        automaton.search(folded, (pattern, start, end) -> {
            if (wordStart[pattern] && !WordBoundaries.startsWord(folded, start) || wordEnd[pattern] && !WordBoundaries.endsWord(folded, end)) {
                return;
            }
            String written = text.subSequence(start, end).toString();
            for (Ref ref : refs(pattern)) {
                sink.accept(new GlossaryMatch(start, end, written, ref.entry(), ref.form()));
            }
        });
    }

    /** How many places match, without building match objects: for counting and benchmarks. */
    public int count(CharSequence text) {
        String folded = CharFolding.fold(text);
        int[] count = new int[1];
        automaton.search(folded, (pattern, start, end) -> {
            if ((!wordStart[pattern] || WordBoundaries.startsWord(folded, start)) && (!wordEnd[pattern] || WordBoundaries.endsWord(folded, end))) {
                count[0]++;
            }
        });
        return count[0];
    }
}
