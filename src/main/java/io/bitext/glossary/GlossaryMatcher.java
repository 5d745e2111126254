package io.bitext.glossary;

import io.bitext.match.AhoCorasick;
import io.bitext.match.CharFolding;
import io.bitext.match.WordBoundaries;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
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
    /** Per pattern: every entry form that folds to it (one folded key may stand for several forms). */
    private final List<List<Ref>> refs;
    private final boolean[] wordStart;
    private final boolean[] wordEnd;
    private final Glossary glossary;

    private record Ref(Entry entry, Entry.Form form) {
    }

    private GlossaryMatcher(Glossary glossary, AhoCorasick automaton, List<List<Ref>> refs, boolean[] wordStart, boolean[] wordEnd) {
        this.glossary = glossary;
        this.automaton = automaton;
        this.refs = refs;
        this.wordStart = wordStart;
        this.wordEnd = wordEnd;
    }

    /** The glossary's matcher: the one it was read with ({@link CompiledGlossary}), else built now. */
    public static GlossaryMatcher of(Glossary glossary) {
        GlossaryMatcher compiled = glossary.compiledMatcher();
        return compiled != null ? compiled : build(glossary);
    }

    private static GlossaryMatcher build(Glossary glossary) {
        Map<String, List<Ref>> byKey = new LinkedHashMap<>();
        for (Entry entry : glossary.entries()) {
            for (Entry.Form form : entry.forms()) {
                String key = CharFolding.fold(form.text());
                byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Ref(entry, form));
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
        return new GlossaryMatcher(glossary, AhoCorasick.of(keys), List.copyOf(byKey.values()), wordStart, wordEnd);
    }

    /**
     * Writes the automaton and, per pattern, its word-boundary flags and the forms it stands for (as
     * the entry's place in the glossary and the form's place in {@link Entry#forms()}).
     */
    void write(DataOutputStream out) throws IOException {
        Map<Entry, Integer> place = new java.util.IdentityHashMap<>();
        List<Entry> entries = glossary.entries();
        for (int i = 0; i < entries.size(); i++) {
            place.put(entries.get(i), i);
        }
        automaton.write(out);
        out.writeInt(refs.size());
        for (int p = 0; p < refs.size(); p++) {
            out.writeByte((wordStart[p] ? 1 : 0) | (wordEnd[p] ? 2 : 0));
            out.writeInt(refs.get(p).size());
            for (Ref ref : refs.get(p)) {
                out.writeInt(place.get(ref.entry()));
                out.writeInt(ref.entry().forms().indexOf(ref.form()));
            }
        }
    }

    /** Reads what {@link #write} wrote for {@code glossary}, the same entries in the same order. */
    static GlossaryMatcher read(ByteBuffer in, Glossary glossary) {
        AhoCorasick automaton = AhoCorasick.read(in);
        int patterns = in.getInt();
        boolean[] wordStart = new boolean[patterns];
        boolean[] wordEnd = new boolean[patterns];
        List<List<Ref>> refs = new ArrayList<>(patterns);
        List<Entry> entries = glossary.entries();
        List<List<Entry.Form>> forms = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            forms.add(entry.forms());
        }
        for (int p = 0; p < patterns; p++) {
            int flags = in.get();
            wordStart[p] = (flags & 1) != 0;
            wordEnd[p] = (flags & 2) != 0;
            int count = in.getInt();
            List<Ref> these = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                int entry = in.getInt();
                these.add(new Ref(entries.get(entry), forms.get(entry).get(in.getInt())));
            }
            refs.add(List.copyOf(these));
        }
        return new GlossaryMatcher(glossary, automaton, List.copyOf(refs), wordStart, wordEnd);
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
        List<GlossaryMatch> chosen = new ArrayList<>();
        int end = 0;
        for (GlossaryMatch m : findAll(text)) {
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

    /** Streams matches in the order the automaton finds them (by end offset); allocation-light. */
    public void scan(CharSequence text, Consumer<GlossaryMatch> sink) {
        String folded = CharFolding.fold(text);
        automaton.search(folded, (pattern, start, end) -> {
            if (wordStart[pattern] && !WordBoundaries.startsWord(folded, start) || wordEnd[pattern] && !WordBoundaries.endsWord(folded, end)) {
                return;
            }
            String written = text.subSequence(start, end).toString();
            for (Ref ref : refs.get(pattern)) {
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
