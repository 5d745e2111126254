package io.bitext.glossary;

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

    /** The entry with this id, or null. */
    public Entry byId(String id) {
        return byId.get(id);
    }
}
