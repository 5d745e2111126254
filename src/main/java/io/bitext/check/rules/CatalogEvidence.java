package io.bitext.check.rules;

import io.bitext.glossary.Entry;

/** The evidence a catalog entry gives a finding, as the message's closing words: its note and source URL. */
final class CatalogEvidence {
    private CatalogEvidence() {
    }

    /** {@code " (catalog: the agent framework; https://…)"}, or empty for an entry with neither. */
    static String of(Entry entry) {
        String note = entry.note().isBlank() ? "" : entry.note().strip();
        String source = entry.source().isBlank() ? "" : entry.source().strip();
        if (note.isEmpty() && source.isEmpty()) {
            return "";
        }
        return " (catalog: " + note + (note.isEmpty() || source.isEmpty() ? "" : "; ") + source + ")";
    }
}
