package io.bitext.report;

import io.bitext.text.TermKey;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import java.util.ArrayList;
import java.util.Comparator;
import io.bitext.check.OtherNotes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * What differs between notes: a term rendered differently ({@code policy}: 策略 in 14 notes, 政策 in
 * 2) or spelt differently ({@code o1} in one note, {@code O1} in another), with the notes named. This
 * is what a translator reusing the glossary across a folder of notes needs to settle. Differences
 * inside a single note are the checker's business and are left out here.
 *
 * @param terms the divergent terms, most notes first
 */
public record CrossNoteReport(List<Divergence> terms) {

    /**
     * @param kind      {@code rendering}, {@code spelling} or {@code near-miss} (a name one note spells unlike several)
     * @param english   the term
     * @param preferred the glossary's form (its Chinese for a rendering, its English for a spelling), or null
     * @param variants  each rendering or spelling → the notes that use it, most notes first
     */
    public record Divergence(String kind, String english, String preferred, Map<String, List<String>> variants) {
        public int notes() {
            return (int) variants.values().stream().flatMap(List::stream).distinct().count();
        }
    }

    public static CrossNoteReport of(List<NoteReport> reports, Glossary glossary) {
        return new CrossNoteReport(divergences(reports, glossary));
    }

    /**
     * With {@code names}, the names the run's notes write: a name one note spells unlike several
     * others, and no glossary holds, is a {@code near-miss}, the usual spelling and its notes first.
     */
    public static CrossNoteReport of(List<NoteReport> reports, Glossary glossary, OtherNotes names) {
        List<Divergence> terms = divergences(reports, glossary);
        Set<String> known = new HashSet<>();
        glossary.entries().forEach(e -> e.forms().stream().filter(Entry.Form::english)
                .forEach(f -> known.add(f.text().toLowerCase(Locale.ROOT))));
        for (OtherNotes.Miss miss : names.misses()) {
            if (!known.contains(miss.written().toLowerCase(Locale.ROOT))) {
                Map<String, List<String>> variants = new LinkedHashMap<>();
                variants.put(miss.usual().text(), miss.usual().notes());
                variants.put(miss.written(), List.of(miss.note()));
                terms.add(new Divergence("near-miss", miss.usual().text(), null, variants));
            }
        }
        return new CrossNoteReport(List.copyOf(terms));
    }

    private static List<Divergence> divergences(List<NoteReport> reports, Glossary glossary) {
        Map<String, Entry> entries = new HashMap<>();
        for (Entry entry : glossary.entries()) {
            entry.forms().stream().filter(Entry.Form::english).forEach(f -> entries.putIfAbsent(TermKey.of(f.text()), entry));
        }
        List<Divergence> divergent = new ArrayList<>();
        collect(reports, (report, add) -> report.renderings().forEach((english, r) -> r.keySet().forEach(z -> add.accept(english, z))),
                "rendering", key -> {
                    Entry e = entries.get(key);
                    return e == null || e.zh().isEmpty() ? null : e.zh();
                }, divergent);
        collect(reports, (report, add) -> report.spellings().forEach(english -> add.accept(english, english)),
                "spelling", key -> {
                    Entry e = entries.get(key);
                    return e == null || e.en().isEmpty() ? null : e.en();
                }, divergent);
        divergent.sort(Comparator.comparingInt(Divergence::notes).reversed().thenComparing(Divergence::kind)
                .thenComparing(Divergence::english));
        return divergent;
    }

    private interface Source {
        void each(NoteReport report, BiConsumer<String, String> add);
    }

    private static void collect(List<NoteReport> reports, Source source, String kind,
                                java.util.function.Function<String, String> preferred, List<Divergence> into) {
        Map<String, String> names = new HashMap<>();
        Map<String, Map<String, TreeSet<String>>> byKey = new LinkedHashMap<>();
        for (NoteReport report : reports) {
            source.each(report, (english, variant) -> {
                String key = TermKey.of(english);
                names.putIfAbsent(key, english);
                byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(variant, k -> new TreeSet<>())
                        .add(report.path() == null ? report.note() : report.path().toString());
            });
        }
        byKey.forEach((key, variants) -> {
            if (variants.size() < 2 || distinctNotes(variants) < 2 || kind.equals("spelling") && onlyCase(variants)) {
                return; // one note disagreeing with itself, or Title Case beside lower case
            }
            Map<String, List<String>> notes = new LinkedHashMap<>();
            variants.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
                    .forEach(e -> notes.put(e.getKey(), List.copyOf(e.getValue())));
            into.add(new Divergence(kind, names.get(key), preferred.apply(key), notes));
        });
    }

    private static long distinctNotes(Map<String, TreeSet<String>> variants) {
        return variants.values().stream().flatMap(TreeSet::stream).distinct().count();
    }

    private static boolean onlyCase(Map<String, TreeSet<String>> variants) {
        List<String> forms = new ArrayList<>(variants.keySet());
        return forms.stream().allMatch(f -> TermKey.onlyInitialsDiffer(f, forms.get(0)));
    }
}
