package io.bitext.glossary;

import io.bitext.error.BitextException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Collects one TBX concept entry as the reader walks it, then turns it into an {@link Entry}. */
final class ConceptReader {
    private final String id;
    private final List<String[]> terms = new ArrayList<>(); // {lang, text, status}
    private String type = "";
    private String status = "";
    private final StringBuilder note = new StringBuilder();
    private String definition = "";

    ConceptReader(String id) {
        this.id = id;
    }

    void startTerm(String lang) {
        terms.add(new String[] {lang == null ? "" : lang, "", Status.ADMITTED.tbx(), "implicit"});
    }

    void term(String text) {
        if (terms.isEmpty()) {
            startTerm("");
        }
        terms.get(terms.size() - 1)[1] = text.strip();
    }

    void termNote(String type, String value) {
        if ("administrativeStatus".equals(type) && !terms.isEmpty()) {
            String[] term = terms.get(terms.size() - 1);
            term[2] = value.strip();
            term[3] = "explicit";
        }
    }

    void admin(String type, String value) {
        if ("projectSubset".equals(type)) {
            this.type = value.strip();
        } else if ("customerSubset".equals(type)) {
            this.status = value.strip();
        }
    }

    void note(String text) {
        note.append(note.length() == 0 ? "" : " ").append(text.strip());
    }

    void definition(String text) {
        definition = text.strip().replaceAll("\\s+", " ");
    }

    Entry entry(String file, int line) {
        String where = file + ":" + line;
        Forms en = forms("en");
        Forms zh = forms("zh");
        String conceptId = id == null || id.isBlank() ? slug(en.preferred.isEmpty() ? zh.preferred : en.preferred)
                : Rows.isValidId(id.strip()) ? id.strip() : validId(id.strip());
        TermType termType = type.isEmpty() ? TermType.TERM : TermType.parse(type);
        if (termType == null) {
            throw new BitextException(where + ": unknown concept type '" + type + "'");
        }
        if (en.preferred.isEmpty() && zh.preferred.isEmpty()) {
            throw new BitextException(where + ": concept '" + conceptId + "' has no English or Chinese term");
        }
        String text = note.length() > 0 ? note.toString() : definition;
        return new Entry(conceptId, en.preferred, en.admitted, en.forbidden, zh.preferred, zh.admitted, zh.forbidden,
                termType, text, status, where);
    }

    private record Forms(String preferred, List<String> admitted, List<String> forbidden) {
    }

    /** The forms of one language; where no status is stated at all, the first term is preferred. */
    private Forms forms(String language) {
        String preferred = "";
        List<String> admitted = new ArrayList<>();
        List<String> forbidden = new ArrayList<>();
        boolean explicit = false;
        for (String[] term : terms) {
            if (term[1].isEmpty() || !term[0].toLowerCase(Locale.ROOT).startsWith(language)) {
                continue;
            }
            explicit |= term[3].equals("explicit");
            Status status = Status.fromTbx(term[2]);
            if (status == Status.PREFERRED && preferred.isEmpty()) {
                preferred = term[1];
            } else if (status == Status.FORBIDDEN) {
                forbidden.add(term[1]);
            } else {
                admitted.add(term[1]);
            }
        }
        // a tool that states no status means its first term; one that states only admitted terms means none is preferred
        if (preferred.isEmpty() && !admitted.isEmpty() && !explicit) {
            preferred = admitted.remove(0);
        }
        return new Forms(preferred, admitted, forbidden);
    }

    /**
     * A TBX id the glossary cannot hold (a blank, a '!', a leading digit), made into one it can, close
     * to what the translator wrote: {@code 1 bad!x} becomes {@code t-1-bad-x}. Two ids that come out
     * alike are told apart by {@link #distinct(List, List)}.
     */
    static String validId(String id) {
        String kept = id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (kept.isEmpty()) {
            return "t-" + Integer.toHexString(id.hashCode());
        }
        return Character.isLetter(kept.charAt(0)) || kept.charAt(0) == '_' ? kept : "t-" + kept;
    }

    /**
     * {@code entries} with every derived id (where {@code derived} is true: made from a term or from an
     * invalid id) that another concept already uses given a number, so that no two concepts of the
     * file share an id; ids the file states validly are never changed.
     */
    static List<Entry> distinct(List<Entry> entries, List<Boolean> derived) {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!derived.get(i)) {
                taken.add(entries.get(i).id());
            }
        }
        List<Entry> result = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (derived.get(i)) {
                String id = entry.id();
                for (int n = 2; !taken.add(id); n++) {
                    id = entry.id() + "-" + n;
                }
                entry = entry.withId(id);
            }
            result.add(entry);
        }
        return result;
    }

    /** Whether this concept's id is made up here rather than taken from the file as it stands. */
    boolean derivesId() {
        return id == null || id.isBlank() || !Rows.isValidId(id.strip());
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = "t-" + (slug.isEmpty() ? Integer.toHexString(text.hashCode()) : slug);
        }
        return slug;
    }
}
