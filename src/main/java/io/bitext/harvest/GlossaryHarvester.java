package io.bitext.harvest;

import io.bitext.align.Alignment;
import io.bitext.align.DocumentTerm;
import io.bitext.note.Excerpt;
import io.bitext.text.TermKey;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.TermType;
import io.bitext.note.Note;
import io.bitext.session.Session;
import io.bitext.term.Abbreviations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Harvests glossary candidates from notes: every glossed pair, every distinctive bare term (a
 * capital or a digit in it: names, acronyms, model ids) and every plain bare term used twice or more,
 * counted over all notes and marked when the glossary already has it.
 *
 * <pre>{@code
 * List<Candidate> found = GlossaryHarvester.harvest(List.of(Setup.defaults().open(path)), glossary);
 * String rows = GlossaryHarvester.rows(found, existingIds);
 * }</pre>
 */
public final class GlossaryHarvester {
    private static final int CONTEXT = 60;

    private GlossaryHarvester() {
    }

    private static final class Tally {
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Map<String, Integer> lemmas = new LinkedHashMap<>();
        final Map<String, Integer> renderings = new LinkedHashMap<>();
        final Set<String> others = new LinkedHashSet<>();
        final Set<String> notes = new LinkedHashSet<>();
        int count;
        String context;
        boolean glossed;
        boolean distinctive;
    }

    public static List<Candidate> harvest(List<Session> notes, Glossary glossary) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Session session : notes) {
            Note note = session.note();
            Alignment alignment = session.alignment();
            for (DocumentTerm term : alignment.document()) {
                Tally tally = tallies.computeIfAbsent(TermKey.of(term.english()), k -> new Tally());
                tally.notes.add(note.name());
                tally.count += term.count();
                tally.lemmas.merge(term.english(), term.count(), Integer::sum);
                for (DocumentTerm.Form form : term.forms()) {
                    tally.forms.merge(form.text(), form.count(), Integer::sum);
                    tally.distinctive |= form.text().chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
                }
                for (DocumentTerm.Rendering r : term.renderings()) {
                    if (r.isTranslation()) {
                        tally.renderings.merge(r.text(), r.count(), Integer::sum);
                    } else {
                        tally.others.add(r.text());
                    }
                    tally.glossed = true;
                }
                if (tally.context == null || tally.glossed && !term.renderings().isEmpty()) {
                    Excerpt first = term.renderings().isEmpty() ? term.forms().get(0).places().get(0)
                            : term.renderings().get(0).places().get(0);
                    tally.context = context(note, first);
                }
            }
        }
        Map<String, Entry> known = knownForms(glossary);
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            if (!t.glossed && !t.distinctive && t.count < 2) {
                continue;
            }
            String english = mostUsed(t.lemmas); // scale-up run, with scale-up runs among the other forms
            List<String> others = new ArrayList<>(t.forms.keySet());
            others.remove(english);
            others.addAll(t.others);
            candidates.add(new Candidate(english, t.renderings.isEmpty() ? "" : mostUsed(t.renderings), others, t.count,
                    List.copyOf(t.notes), t.context, known.get(e.getKey())));
        }
        candidates.sort(Comparator.comparingInt(Candidate::count).reversed()
                .thenComparing(Candidate::english, String.CASE_INSENSITIVE_ORDER));
        return candidates;
    }

    /** Every English form of the glossary, by term key, to the entry that has it. */
    private static Map<String, Entry> knownForms(Glossary glossary) {
        Map<String, Entry> known = new HashMap<>();
        for (Entry entry : glossary.entries()) {
            for (Entry.Form form : entry.forms()) {
                if (form.english()) {
                    known.putIfAbsent(TermKey.of(form.text()), entry);
                }
            }
        }
        return known;
    }

    private static String context(Note note, Excerpt place) {
        String line = note.source().lineText(place.line());
        int at = line.offsetByCodePoints(0, Math.min(place.column() - 1, line.codePointCount(0, line.length())));
        int from = Math.max(0, at - CONTEXT / 2);
        int to = Math.min(line.length(), at + CONTEXT);
        return (from > 0 ? "…" : "") + line.substring(from, to).strip() + (to < line.length() ? "…" : "");
    }

    private static String mostUsed(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** The new candidates as glossary entries with {@code status=candidate}, ids unique against {@code taken}. */
    public static List<Entry> entries(List<Candidate> candidates, Set<String> takenIds, Set<String> takenEnglish) {
        Set<String> ids = new HashSet<>(takenIds);
        List<Entry> entries = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.isNew() || takenEnglish.contains(TermKey.of(c.english()))) {
                continue;
            }
            String id = uniqueId(slug(c.english()), ids);
            TermType type = Abbreviations.looksLikeAbbreviation(c.english()) ? TermType.ABBREVIATION : TermType.TERM;
            String note = c.count() + "× in " + String.join(", ", c.notes()) + ": " + c.context().replace('\t', ' ');
            entries.add(new Entry(id, c.english(), c.others(), List.of(), c.rendering(), List.of(), List.of(), type, note,
                    "candidate", ""));
        }
        return entries;
    }

    private static String slug(String english) {
        String slug = english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() || !Character.isLetter(slug.charAt(0)) ? "t-" + slug : slug;
    }

    private static String uniqueId(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
