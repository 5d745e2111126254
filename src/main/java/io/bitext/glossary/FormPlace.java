package io.bitext.glossary;

import java.util.List;

/**
 * Where a form stands in a glossary, packed in one int for the compiled glossary: the entry's place in
 * the upper 24 bits, the form's place in {@link Entry#forms()} in the lower 8 (16 million concepts,
 * 255 forms each; the build refuses a glossary beyond that rather than store it wrong).
 */
final class FormPlace {
    private static final int FORM_BITS = 8;
    private static final int MAX_FORM = (1 << FORM_BITS) - 1;
    private static final int MAX_ENTRY = (1 << (Integer.SIZE - FORM_BITS - 1)) - 1;

    private FormPlace() {
    }

    static int pack(int entry, int form) {
        if (entry < 0 || entry > MAX_ENTRY || form < 0 || form > MAX_FORM) {
            throw new IllegalArgumentException("form " + form + " of concept " + entry + " does not fit a compiled glossary");
        }
        return entry << FORM_BITS | form;
    }

    static Entry entry(List<Entry> entries, int place) {
        return entries.get(place >>> FORM_BITS);
    }

    static Entry.Form form(Entry entry, int place) {
        return entry.forms().get(place & MAX_FORM);
    }
}
