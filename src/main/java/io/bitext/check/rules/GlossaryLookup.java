package io.bitext.check.rules;

import io.bitext.text.TermKey;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.Status;
import io.bitext.term.Abbreviations;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/** What the rules ask of an entry's English forms, ignoring case, hyphens and spaces. */
final class GlossaryLookup {
    private GlossaryLookup() {
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
