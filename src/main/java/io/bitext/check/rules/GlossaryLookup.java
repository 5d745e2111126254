package io.bitext.check.rules;

import io.bitext.align.TermKey;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.Status;
import io.bitext.term.Abbreviations;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/** Finds the glossary entry an English form belongs to, ignoring case, hyphens and spaces. */
final class GlossaryLookup {
    private static final Map<Glossary, GlossaryLookup> CACHE = new WeakHashMap<>();
    private final Map<String, Entry> byEnglish = new HashMap<>();
    private final Map<String, Status> statusOf = new HashMap<>();

    private GlossaryLookup(Glossary glossary) {
        for (Entry entry : glossary.entries()) {
            for (Entry.Form form : entry.forms()) {
                if (form.english()) {
                    String key = TermKey.of(form.text());
                    if (byEnglish.putIfAbsent(key, entry) == null || form.status() != Status.FORBIDDEN) {
                        statusOf.merge(key, form.status(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                }
            }
        }
    }

    static synchronized GlossaryLookup of(Glossary glossary) {
        return CACHE.computeIfAbsent(glossary, GlossaryLookup::new);
    }

    /** The entry with this English form (any status), or null. */
    Entry entry(String english) {
        return byEnglish.get(TermKey.of(english));
    }

    /** Whether {@code form} is among the entry's preferred or admitted English forms (case, hyphens aside). */
    static boolean isAcceptedEnglish(Entry entry, String form) {
        String key = TermKey.of(form);
        return entry.forms().stream().anyMatch(f -> f.english() && f.status() != Status.FORBIDDEN && TermKey.of(f.text()).equals(key));
    }

    static boolean isEnglishForm(Entry entry, String form) {
        String key = TermKey.of(form);
        return entry.forms().stream().anyMatch(f -> f.english() && TermKey.of(f.text()).equals(key));
    }

    /** The preferred English form, else the first admitted one. */
    static String preferredEnglish(Entry entry) {
        return !entry.en().isEmpty() ? entry.en() : entry.enAdmitted().isEmpty() ? "" : entry.enAdmitted().get(0);
    }

    /** The entry's long form that {@code abbreviation} stands for ({@code Deep Q-Network} for DQN), or its preferred form. */
    static String expansionOf(Entry entry, String abbreviation) {
        return entry.forms().stream().filter(f -> f.english() && f.status() != Status.FORBIDDEN)
                .map(Entry.Form::text).filter(t -> t.length() > abbreviation.length() && Abbreviations.abbreviates(abbreviation, t))
                .findFirst().orElse(preferredEnglish(entry));
    }
}
