package io.bitext.glossary;

import io.bitext.text.TermKey;
import java.util.HashMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EN↔ZH glossary: concepts in file order, looked up by id.
 *
 * <pre>{@code
 * Glossary glossary = Glossary.load(Path.of("glossary"));
 * GlossaryMatcher matcher = GlossaryMatcher.of(glossary);
 * }</pre>
 */
public final class Glossary {
    private final List<Entry> entries;
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private volatile Map<String, Entry> englishIndex;

    public Glossary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : this.entries) {
            byId.putIfAbsent(entry.id(), entry);
        }
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    /** Reads every {@code *.tsv} of a folder (or one file) and merges them; see {@link GlossaryLoader}. */
    public static Glossary load(Path folderOrFile) {
        return GlossaryLoader.load(folderOrFile);
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /**
     * The entry one of whose English forms (of any status) this is, ignoring case, hyphens and spaces
     * ({@link TermKey}); null when none. The index is built on first use, once per glossary.
     */
    public Entry byEnglish(String form) {
        Map<String, Entry> index = englishIndex;
        if (index == null) {
            index = new HashMap<>();
            for (Entry entry : entries) {
                for (Entry.Form f : entry.forms()) {
                    if (f.english()) {
                        index.putIfAbsent(TermKey.of(f.text()), entry);
                    }
                }
            }
            englishIndex = index; // racing threads build equal maps; either one may stay
        }
        return index.get(TermKey.of(form));
    }

    /** The entry with this id, or null. */
    public Entry byId(String id) {
        return byId.get(id);
    }
}
