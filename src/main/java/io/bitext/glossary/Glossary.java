package io.bitext.glossary;

import io.bitext.text.TermKey;
import java.util.ArrayList;
import java.util.Collections;
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
    /** For a compiled glossary, whose entries are decoded on demand: each id's place (byId stays empty); else null. */
    private final Map<String, Integer> byPlace;
    /** A glossary whose entries this one's begin with, the same objects in the same order; or null. */
    private final Glossary before;
    /** The matcher read with the glossary when it comes compiled ({@link CompiledGlossary}), else null. */
    private GlossaryMatcher compiledMatcher;
    /** The key tables read with the glossary when it comes compiled, by {@link FormKeys#name()}. */
    private Map<String, KeyTable> compiledTables = Map.of();
    /** The form indexes made so far, by {@link FormKeys#name()}. */
    private final Map<String, FormIndex> indexes = new HashMap<>();
    /** {@link #byEnglish}'s index once made: asked for on every lookup, so kept apart from the map's lock. */
    private volatile FormIndex english;

    public Glossary(List<Entry> entries) {
        this(entries, entries.isEmpty() ? "none" : "given");
    }

    /** With {@code origin}, what a summary line says the glossary is ({@code built-in + glossary/}). */
    public Glossary(List<Entry> entries, String origin) {
        this(entries, origin, null);
    }

    private Glossary(List<Entry> entries, String origin, Glossary before) {
        this.before = before;
        this.origin = origin;
        this.entries = List.copyOf(entries);
        for (Entry entry : this.entries) {
            byId.putIfAbsent(entry.id(), entry);
        }
        this.byPlace = null;
    }

    /** The compiled glossary's concepts, decoded as they are asked for. */
    Glossary(CompiledEntries entries, String origin) {
        this.before = null;
        this.origin = origin;
        this.entries = Collections.unmodifiableList(entries);
        List<String> ids = entries.ids();
        this.byPlace = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            byPlace.putIfAbsent(ids.get(i), i);
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
        boolean adds = over.entries.stream().anyMatch(e -> byId(e.id()) == null || !byId(e.id()).sameContent(e));
        if (!adds) {
            return this; // the same concepts: keep this glossary, and the matcher it may come with
        }
        // concepts only added: this glossary's indexes serve its part, and only the additions are filed anew
        boolean onlyAdded = merged.size() == entries.size() + over.entries.size();
        return new Glossary(new ArrayList<>(merged.values()), origin + " + " + over.origin, onlyAdded ? this : null);
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
     * ({@link TermKey}); null when none. The index is the one the build filed for the built-in glossary,
     * else made on first use, once per glossary.
     */
    public Entry byEnglish(String form) {
        FormIndex index = english;
        if (index == null) {
            index = index(EnglishKeys.INSTANCE);
            english = index;
        }
        List<FormIndex.Posting> found = index.get(TermKey.of(form));
        return found.isEmpty() ? null : found.get(0).entry();
    }

    /** The index of {@code keys}' kind: compiled, extended from the glossary this one adds to, or derived now. */
    synchronized FormIndex index(FormKeys keys) {
        FormIndex index = indexes.get(keys.name());
        if (index == null) {
            KeyTable compiled = compiledTables.get(keys.name());
            if (compiled != null) {
                index = new FormIndex(null, compiled);
            } else if (before != null) {
                index = new FormIndex(before.index(keys), BuiltKeyTable.of(entries.subList(before.size(), entries.size()), keys));
            } else {
                index = new FormIndex(null, BuiltKeyTable.of(entries, keys));
            }
            indexes.put(keys.name(), index);
        }
        return index;
    }

    GlossaryMatcher compiledMatcher() {
        return compiledMatcher;
    }

    void attach(GlossaryMatcher matcher) {
        this.compiledMatcher = matcher;
    }

    void attach(Map<String, KeyTable> tables) {
        this.compiledTables = Map.copyOf(tables);
    }

    /** The entry with this id, or null. */
    public Entry byId(String id) {
        if (byPlace != null) {
            Integer place = byPlace.get(id);
            return place == null ? null : entries.get(place);
        }
        return byId.get(id);
    }
}
