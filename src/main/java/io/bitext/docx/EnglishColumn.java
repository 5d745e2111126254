package io.bitext.docx;

import io.bitext.align.AlignedTerm;
import io.bitext.align.SectionAlignment;
import io.bitext.glossary.Entry;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.note.TimeRange;
import io.bitext.term.TermOccurrence;
import io.bitext.text.TermKeys;
import io.bitext.transcript.TurnAlignment;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The best English a row has: the translation imported from an XLIFF; else the stretch of the English
 * original the block summarises, with its time stamp; else the English terms the block uses, each with
 * its glossary (or the note's own) rendering.
 */
final class EnglishColumn {

    /** Where a row's English comes from; {@code code} is what the review data records. */
    enum Source {
        TRANSLATION("translation", "译文 translated"), ORIGINAL("original", "原文 English original"),
        TERMS("terms", "术语 terms only"), NONE("none", "未译 not translated");

        final String code;
        final String label;

        Source(String code, String label) {
            this.code = code;
            this.label = label;
        }
    }

    /**
     * A row's English.
     *
     * @param terms for {@link Source#TERMS}: term → rendering (null for a term kept in English)
     * @param where for {@link Source#ORIGINAL}: time stamp and transcript line, for the status column
     */
    record English(Source source, String text, Map<String, String> terms, String where) {
    }

    private EnglishColumn() {
    }

    static English of(DocxExport.Input input, int block, List<TermOccurrence> blockTerms, List<GlossaryMatch> matches,
                      Map<String, String> renderings, TermKeys keys) {
        String translated = input.translations().get(block);
        if (translated != null && !translated.isBlank()) {
            return new English(Source.TRANSLATION, Markup.strip(translated), Map.of(), "");
        }
        TurnAlignment.Turn turn = input.turns() == null ? null : input.turns().turn(block);
        if (turn != null) {
            String stamp = turn.start() >= 0 ? "[" + TimeRange.format(turn.start()) + "] " : "";
            return new English(Source.ORIGINAL, stamp + turn.text(), Map.of(),
                    (turn.start() >= 0 ? TimeRange.format(turn.start()) + " · " : "") + "transcript line " + turn.line());
        }
        Map<String, String> terms = terms(renderings, blockTerms, matches, keys);
        return terms.isEmpty() ? new English(Source.NONE, "", Map.of(), "") : new English(Source.TERMS, "", terms, "");
    }

    /** Term key → the first rendering the section's alignment gives a term of that key. */
    static Map<String, String> renderings(SectionAlignment aligned, TermKeys keys) {
        Map<String, String> renderings = new HashMap<>();
        if (aligned != null) {
            for (AlignedTerm term : aligned.terms()) {
                if (term.rendering() != null) {
                    renderings.putIfAbsent(keys.of(term.english()), term.rendering());
                }
            }
        }
        return renderings;
    }

    /**
     * English term → its rendering, for the terms a block uses: glossary entries found in it (their
     * preferred English and Chinese; none for a term the house keeps in English), then the note's own
     * English terms with the rendering the alignment gives them.
     */
    static Map<String, String> terms(Map<String, String> renderings, List<TermOccurrence> blockTerms, List<GlossaryMatch> matches,
                                     TermKeys termKeys) {
        Map<String, String> terms = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (GlossaryMatch m : matches) {
            Entry entry = m.entry();
            String english = entry.en().isEmpty() ? m.text() : entry.en();
            if (keys.add(termKeys.of(english))) {
                terms.put(english, entry.zh().isEmpty() ? null : entry.zh());
            }
        }
        for (TermOccurrence o : blockTerms) {
            String key = termKeys.of(o.normalized());
            if (keys.add(key)) {
                terms.put(o.normalized(), o.rendering() != null ? o.rendering() : renderings.get(key));
            }
        }
        return terms;
    }
}
