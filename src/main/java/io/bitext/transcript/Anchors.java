package io.bitext.transcript;

import io.bitext.align.AlignedTerm;
import io.bitext.align.Alignment;
import io.bitext.note.Excerpt;
import io.bitext.align.SectionAlignment;
import io.bitext.note.Block;
import io.bitext.note.Note;
import io.bitext.note.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ties a section to the English it renders: the English terms and names it keeps inline and the
 * numbers it gives, each weighted by how rare it is among the sections (a term every section uses
 * anchors nothing), and a way to find them in English text.
 */
final class Anchors {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d{2,}(?![\\d.])");

    /** One anchor of a section: the term as the note writes it, where (first), and its weight. */
    record Term(String text, int offset, double weight, Pattern pattern) {
    }

    private Anchors() {
    }

    static Map<Integer, List<Term>> of(Note note, Alignment alignment) {
        Map<Integer, Map<String, int[]>> bySection = new LinkedHashMap<>();
        for (Section section : note.sections()) {
            Map<String, int[]> terms = new LinkedHashMap<>();
            SectionAlignment aligned = alignment.section(section.index());
            if (aligned != null) {
                for (AlignedTerm term : aligned.terms()) {
                    Excerpt first = term.places().get(0);
                    terms.putIfAbsent(first.text(), new int[] {first.offset()});
                }
            }
            for (Block block : section.allBlocks()) {
                Matcher number = NUMBER.matcher(block.text().cut(note.text()));
                while (number.find()) {
                    terms.putIfAbsent(number.group(), new int[] {block.text().offset() + number.start()});
                }
            }
            bySection.put(section.index(), terms);
        }
        Map<String, Integer> spread = new HashMap<>();
        bySection.values().forEach(terms -> terms.keySet().forEach(t -> spread.merge(key(t), 1, Integer::sum)));
        int sections = Math.max(1, bySection.size());
        Map<Integer, List<Term>> anchors = new LinkedHashMap<>();
        bySection.forEach((index, terms) -> {
            List<Term> list = new ArrayList<>();
            terms.forEach((text, at) -> {
                double weight = Math.log(1.0 + (double) sections / spread.get(key(text)));
                list.add(new Term(text, at[0], weight, pattern(text)));
            });
            anchors.put(index, list);
        });
        return anchors;
    }

    private static String key(String term) {
        return term.toLowerCase(Locale.ROOT).replace('-', ' ');
    }

    /** Whole words, any case, a hyphen matching a space or nothing ({@code pre-training}, {@code pretraining}). */
    static Pattern pattern(String term) {
        StringBuilder regex = new StringBuilder("(?<![\\p{Alnum}])");
        boolean first = true;
        for (String part : term.strip().split("[\\s\\-]+")) {
            regex.append(first ? "" : "[\\s\\-]?").append(Pattern.quote(part));
            first = false;
        }
        if (term.matches(".*[A-Za-z]$")) {
            regex.append("(?:s|es)?"); // policies and runs in the English for policy and run
        }
        regex.append("(?![\\p{Alnum}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
