package io.bitext.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A glossary's forms filed under the keys a {@link FormKeys} derives, one index per glossary and kind
 * of key, made on first use and kept with the glossary. For the built-in glossary it is the table the
 * build filed; for the built-in glossary with a user's concepts added, that table and the added
 * concepts' keys; for any other glossary, all keys derived at once.
 *
 * <pre>{@code
 * FormIndex index = FormIndex.of(glossary, keys);
 * for (FormIndex.Posting p : index.get("l")) System.out.println(p.entry().id() + " " + p.form().text());
 * }</pre>
 */
public final class FormIndex {
    /** One form of one entry filed under a key. */
    public record Posting(Entry entry, Entry.Form form) {
    }

    private final FormIndex before;
    private final KeyTable table;

    /** With {@code before}, the index of the entries that come before {@code table}'s (or null). */
    FormIndex(FormIndex before, KeyTable table) {
        this.before = before;
        this.table = table;
    }

    /** The glossary's index of {@code keys}' kind. */
    public static FormIndex of(Glossary glossary, FormKeys keys) {
        return glossary.index(keys);
    }

    /** The postings filed under {@code key}, in glossary order (entry, then form, then key); empty when none. */
    public List<Posting> get(String key) {
        List<Posting> own = table.get(key);
        if (before == null) {
            return own;
        }
        List<Posting> earlier = before.get(key);
        if (earlier.isEmpty() || own.isEmpty()) {
            return earlier.isEmpty() ? own : earlier;
        }
        List<Posting> all = new ArrayList<>(earlier.size() + own.size());
        all.addAll(earlier);
        all.addAll(own);
        return all;
    }

    public boolean contains(String key) {
        return table.contains(key) || before != null && before.contains(key);
    }

    /** The index of the entries before this one's, when this one files only what a glossary added; else null. */
    FormIndex before() {
        return before;
    }

    /** Every key, each once, in no particular order: for comparing two indexes. */
    List<String> keys() {
        Set<String> keys = new LinkedHashSet<>(table.keys());
        if (before != null) {
            keys.addAll(before.keys());
        }
        return List.copyOf(keys);
    }
}
