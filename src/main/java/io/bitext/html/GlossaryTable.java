package io.bitext.html;

import io.bitext.align.DocumentTerm;
import io.bitext.text.TermKey;
import io.bitext.glossary.Entry;
import io.bitext.glossary.GlossaryMatch;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The note's glossary, as the DOCX appendix gives it: each term the glossary knows or the note
 * renders, with its Chinese (the glossary's, else the note's most used), type, uses and the sections
 * that use it, each a link to the section.
 */
final class GlossaryTable {

    private GlossaryTable() {
    }

    static void write(Html out, HtmlReport.Input input) {
        Map<String, Entry> entries = new HashMap<>();
        Set<Entry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (GlossaryMatch m : input.noteTerms()) {
            if (seen.add(m.entry())) {
                for (Entry.Form form : m.entry().forms()) {
                    if (form.english()) {
                        entries.putIfAbsent(TermKey.of(form.text()), m.entry());
                    }
                }
            }
        }
        out.open("section", "id", "glossary", "class", "glossary").element("h2", "术语表 Glossary");
        out.open("div", "class", "scroll").open("table");
        out.raw("<thead><tr><th>English</th><th>中文</th><th>type</th><th>uses</th><th>sections</th></tr></thead><tbody>");
        int rows = 0;
        for (DocumentTerm term : input.alignment().document()) {
            Entry entry = entries.get(TermKey.of(term.english()));
            if (entry == null && term.renderings().isEmpty()) {
                continue; // bare English the glossary does not know: listed beside its blocks, not here
            }
            String chinese = entry != null && !entry.zh().isEmpty() ? entry.zh()
                    : term.preferredRendering() == null ? "—" : term.preferredRendering();
            out.open("tr");
            out.element("td", entry != null && !entry.en().isEmpty() ? entry.en() : term.english(), "lang", "en");
            out.element("td", chinese);
            out.element("td", entry == null ? "—" : entry.type().label());
            out.element("td", String.valueOf(term.count()), "class", "n");
            out.open("td");
            for (int section : term.sections()) {
                out.element("a", section == 0 ? "§0" : "§" + section, "href", "#s" + section).raw(" ");
            }
            out.close("td").close("tr");
            rows++;
        }
        out.raw("</tbody>").close("table").close("div");
        out.element("p", rows + " terms", "class", "muted");
        out.close("section");
    }
}
