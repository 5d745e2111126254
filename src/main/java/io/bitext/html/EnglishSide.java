package io.bitext.html;

import io.bitext.align.AlignedTerm;
import io.bitext.align.SectionAlignment;
import io.bitext.glossary.Entry;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.note.Block;
import io.bitext.term.TermOccurrence;
import io.bitext.text.TermKey;
import io.bitext.text.TermKeys;
import io.bitext.text.WholeWords;
import io.bitext.transcript.Stretch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The right-hand column, as the DOCX has it: a block's English when a translation was imported, else
 * the English terms the block uses with their glossary (or the note's own) rendering; and with a
 * transcript, the section's stretch of the English original above its blocks, its anchors marked.
 */
final class EnglishSide {
    private final HtmlReport.Input input;
    private final Map<Integer, List<TermOccurrence>> termsByBlock = new HashMap<>();
    /** Each section's renderings by term key, gathered once for all its blocks. */
    private final Map<SectionAlignment, Map<String, String>> renderingsBySection = new IdentityHashMap<>();
    /** Term keys of the English the page lists, each folded once: the same terms recur block after block. */
    private final TermKeys keys = new TermKeys();

    EnglishSide(HtmlReport.Input input) {
        this.input = input;
        input.alignment().extraction().terms().forEach(o -> termsByBlock.computeIfAbsent(o.block(), k -> new ArrayList<>()).add(o));
    }

    /** The English cell of one block's row. */
    void block(Html out, Block block, SectionAlignment section) {
        out.open("div", "class", "en", "lang", "en");
        String english = input.translations().get(block.index());
        if (english != null) {
            out.element("p", english.replaceAll("\\*\\*|==", ""), "class", "translation");
        }
        Map<String, String> terms = terms(block, section);
        if (!terms.isEmpty()) {
            out.open("ul", "class", english == null ? "terms" : "terms small");
            terms.forEach((term, rendering) -> {
                out.open("li").element("span", term, "class", "term");
                if (rendering != null) {
                    out.raw(" — ").element("span", rendering, "lang", "zh");
                }
                out.close("li");
            });
            out.close("ul");
        }
        out.close("div");
    }

    /**
     * English term → its rendering for the terms a block uses: glossary entries found in it first
     * (their preferred forms), then the note's own terms with the rendering the alignment gives.
     */
    private Map<String, String> terms(Block block, SectionAlignment section) {
        Map<String, String> renderings = section == null ? Map.of() : renderingsBySection.computeIfAbsent(section, EnglishSide::renderings);
        Map<String, String> terms = new LinkedHashMap<>();
        Set<String> listed = new HashSet<>();
        for (GlossaryMatch m : input.terms(block)) {
            Entry entry = m.entry();
            String english = entry.en().isEmpty() ? m.text() : entry.en();
            if (listed.add(key(english))) {
                terms.put(english, entry.zh().isEmpty() ? null : entry.zh()); // kept in English: the term alone, as the DOCX lists it
            }
        }
        for (TermOccurrence o : termsByBlock.getOrDefault(block.index(), List.of())) {
            String key = key(o.normalized());
            if (o.isTerm() && listed.add(key)) {
                terms.put(o.normalized(), o.rendering() != null ? o.rendering() : renderings.get(key));
            }
        }
        return terms;
    }

    private String key(String english) {
        return keys.of(english);
    }

    /** Term key → the rendering the section's alignment gives it, the first one for a key. */
    private static Map<String, String> renderings(SectionAlignment section) {
        Map<String, String> renderings = new HashMap<>();
        for (AlignedTerm term : section.terms()) {
            if (term.rendering() != null) {
                renderings.putIfAbsent(TermKey.of(term.english()), term.rendering());
            }
        }
        return renderings;
    }

    /** Where {@code word} first stands in {@code text} as a whole word ({@code agent} not inside {@code agents}), or -1. */
    static int wordAt(String text, String word) {
        return WholeWords.indexOf(text, word, 0);
    }

    /** The section's stretch of the English original, when a transcript was given. */
    void original(Html out, int section) {
        if (input.transcript() == null) {
            return;
        }
        Stretch stretch = input.transcript().section(section);
        boolean assigned = stretch != null && stretch.assigned();
        out.open("div", "class", "row original");
        out.element("div", "英文原文 English original" + (assigned
                ? "（" + stretch.method() + ", " + Math.round(stretch.confidence() * 100) + "%）" : "：未对齐 not aligned"), "class", "zh label");
        out.open("div", "class", "en", "lang", "en");
        if (assigned) {
            out.open("p");
            String text = String.join(" ", stretch.sentences());
            TreeMap<Integer, Integer> anchors = new TreeMap<>();
            for (Stretch.Anchor anchor : stretch.anchors()) {
                int at = wordAt(text, anchor.english());
                if (at >= 0) {
                    anchors.putIfAbsent(at, at + anchor.english().length());
                }
            }
            int at = 0;
            for (var anchor : anchors.entrySet()) {
                if (anchor.getKey() >= at) {
                    out.text(text.substring(at, anchor.getKey())).element("u", text.substring(anchor.getKey(), anchor.getValue()), "class", "anchor");
                    at = anchor.getValue();
                }
            }
            out.text(text.substring(at)).close("p");
        }
        out.close("div").close("div");
    }
}
