package io.bitext.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One concept of the glossary: its English and Chinese forms, each preferred, admitted or forbidden.
 *
 * <pre>{@code
 * Entry rl = glossary.byId("rl");
 * rl.en();          // "reinforcement learning"
 * rl.enAdmitted();  // ["RL"]
 * rl.zh();          // "强化学习"
 * }</pre>
 *
 * @param id          stable concept id, unique in the glossary ({@code rl})
 * @param en          preferred English form as it should be written, or empty
 * @param enAdmitted  other acceptable English forms
 * @param enForbidden wrong English forms, including known mishearings
 * @param zh          preferred Chinese rendering; empty means the term stays in English
 * @param zhAdmitted  acceptable Chinese alternatives
 * @param zhForbidden Chinese renderings to flag
 * @param type        what the concept names
 * @param note        definition or usage note for translators, or empty
 * @param status      empty for a curated row, {@code candidate} for one harvested from notes
 * @param origin      the file and line the entry was read from ({@code glossary/core.tsv:12}), or empty
 * @param source      a URL that shows the spelling (the optional {@code source} column), or empty
 */
public record Entry(String id, String en, List<String> enAdmitted, List<String> enForbidden, String zh,
                    List<String> zhAdmitted, List<String> zhForbidden, TermType type, String note, String status,
                    String origin, String source) {

    public Entry {
        Objects.requireNonNull(id);
        en = Objects.requireNonNullElse(en, "");
        zh = Objects.requireNonNullElse(zh, "");
        note = Objects.requireNonNullElse(note, "");
        status = Objects.requireNonNullElse(status, "");
        origin = Objects.requireNonNullElse(origin, "");
        source = Objects.requireNonNullElse(source, "");
        enAdmitted = List.copyOf(enAdmitted);
        enForbidden = List.copyOf(enForbidden);
        zhAdmitted = List.copyOf(zhAdmitted);
        zhForbidden = List.copyOf(zhForbidden);
    }

    /** An entry without a source URL, as every format but a catalog row with a {@code source} column reads it. */
    public Entry(String id, String en, List<String> enAdmitted, List<String> enForbidden, String zh,
                 List<String> zhAdmitted, List<String> zhForbidden, TermType type, String note, String status,
                 String origin) {
        this(id, en, enAdmitted, enForbidden, zh, zhAdmitted, zhForbidden, type, note, status, origin, "");
    }

    /** One form of the entry with its language and status. */
    public record Form(String text, boolean english, Status status) {
    }

    /** Every non-empty form, preferred first. */
    public List<Form> forms() {
        List<Form> forms = new ArrayList<>();
        add(forms, List.of(en), true, Status.PREFERRED);
        add(forms, enAdmitted, true, Status.ADMITTED);
        add(forms, enForbidden, true, Status.FORBIDDEN);
        add(forms, List.of(zh), false, Status.PREFERRED);
        add(forms, zhAdmitted, false, Status.ADMITTED);
        add(forms, zhForbidden, false, Status.FORBIDDEN);
        return forms;
    }

    private static void add(List<Form> forms, List<String> texts, boolean english, Status status) {
        for (String text : texts) {
            if (!text.isEmpty()) {
                forms.add(new Form(text, english, status));
            }
        }
    }

    /** Whether the term is kept in English in Chinese text (no Chinese rendering). */
    public boolean keptInEnglish() {
        return zh.isEmpty();
    }

    /** The same concept with another origin: two files defining an id identically do not conflict. */
    public boolean sameContent(Entry other) {
        return id.equals(other.id) && en.equals(other.en) && enAdmitted.equals(other.enAdmitted)
                && enForbidden.equals(other.enForbidden) && zh.equals(other.zh) && zhAdmitted.equals(other.zhAdmitted)
                && zhForbidden.equals(other.zhForbidden) && type == other.type && note.equals(other.note)
                && status.equals(other.status);
    }

    public Entry withId(String newId) {
        return new Entry(newId, en, enAdmitted, enForbidden, zh, zhAdmitted, zhForbidden, type, note, status, origin, source);
    }

    public Entry withOrigin(String where) {
        return new Entry(id, en, enAdmitted, enForbidden, zh, zhAdmitted, zhForbidden, type, note, status, where, source);
    }
}
