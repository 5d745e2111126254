package io.bitext.glossary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A key table derived now from entries: for a glossary that came without one, or what a user's glossary adds. */
final class BuiltKeyTable implements KeyTable {
    private final Map<String, List<FormIndex.Posting>> postings;

    private BuiltKeyTable(Map<String, List<FormIndex.Posting>> postings) {
        this.postings = postings;
    }

    static BuiltKeyTable of(List<Entry> entries, FormKeys keys) {
        Map<String, List<FormIndex.Posting>> postings = new HashMap<>();
        for (Entry entry : entries) {
            for (Entry.Form form : entry.forms()) {
                FormIndex.Posting posting = new FormIndex.Posting(entry, form);
                keys.keys(entry, form, key -> postings.computeIfAbsent(key, k -> new ArrayList<>(1)).add(posting));
            }
        }
        return new BuiltKeyTable(postings);
    }

    @Override
    public List<FormIndex.Posting> get(String key) {
        List<FormIndex.Posting> found = postings.get(key);
        return found == null ? List.of() : Collections.unmodifiableList(found);
    }

    @Override
    public List<String> keys() {
        return List.copyOf(postings.keySet());
    }
}
