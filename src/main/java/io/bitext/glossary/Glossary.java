package io.bitext.glossary;

import io.bitext.text.TermKey;
import java.util.ArrayList;
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
    private final String origin;
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private volatile Map<String, Entry> englishIndex;
    /** The matcher read with the glossary when it comes compiled ({@link CompiledGlossary}), else null. */
    private GlossaryMatcher compiledMatcher;

    public Glossary(List<Entry> entries) {
        this(entries, entries.isEmpty() ? "none" : "given");
    }

    /** With {@code origin}, what a summary line says the glossary is ({@code built-in + glossary/}). */
    public Glossary(List<Entry> entries, String origin) {
        this.origin = origin;
        this.entries = List.copyOf(entries);
        for (Entry entry : this.entries) {
            byId.putIfAbsent(entry.id(), entry);
        }
    }

    public static Glossary empty() {
        return new Glossary(List.of(), "none");
    }

    /** Reads every {@code *.tsv} of a folder (or one file) and merges them; see {@link GlossaryLoader}. */
    public static Glossary load(Path folderOrFile) {
        return GlossaryLoader.load(folderOrFile);
    }

    /** The curated glossary built into Bitext, read once per process. */
    public static Glossary builtIn() {
        return BuiltInGlossary.get();
    }

    /**
     * The built-in glossary with a user's added on top (a concept the user defines under a built-in id
     * replaces the built-in one); with {@code replace}, the user's alone. A null folder means none.
     */
    public static Glossary of(Path userFolderOrFile, boolean replace) {
        if (userFolderOrFile == null) {
            return replace ? empty() : builtIn();
        }
        Glossary user = load(userFolderOrFile);
        return replace ? user : builtIn().with(user);
    }

    /** This glossary with {@code over}'s concepts added; {@code over} wins where both define an id. */
    public Glossary with(Glossary over) {
        if (over.entries.isEmpty()) {
            return this;
        }
        Map<String, Entry> merged = new LinkedHashMap<>();
        entries.forEach(e -> merged.put(e.id(), e));
        over.entries.forEach(e -> merged.put(e.id(), e));
        boolean adds = over.entries.stream().anyMatch(e -> byId.get(e.id()) == null || !byId.get(e.id()).sameContent(e));
        if (!adds) {
            return this; // the same concepts: keep this glossary, and the matcher it may come with
        }
        return new Glossary(new ArrayList<>(merged.values()), origin + " + " + over.origin);
    }

    /** What the glossary is, for a summary line: {@code built-in}, {@code built-in + glossary}, a path. */
    public String origin() {
        return origin;
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

    GlossaryMatcher compiledMatcher() {
        return compiledMatcher;
    }

    void attach(GlossaryMatcher matcher) {
        this.compiledMatcher = matcher;
    }

    /** The entry with this id, or null. */
    public Entry byId(String id) {
        return byId.get(id);
    }
}
