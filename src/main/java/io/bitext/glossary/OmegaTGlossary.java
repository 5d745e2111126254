package io.bitext.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * OmegaT's glossary format: UTF-8 lines of {@code source<TAB>target<TAB>comment}. The notes are
 * Chinese to be translated into English, so the source is the Chinese form and the target the
 * preferred English; a term kept in English in Chinese text maps to itself.
 */
public final class OmegaTGlossary {

    private OmegaTGlossary() {
    }

    public static String write(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows(entries)) {
            out.append(clean(row.get(0))).append('\t').append(clean(row.get(1))).append('\t').append(clean(row.get(2))).append('\n');
        }
        return out.toString();
    }

    /**
     * The glossary as a translator's tool sees it, one row per source form: {@code [source, target,
     * comment]}, the source Chinese (or the English a note keeps), the target the preferred English.
     */
    static List<List<String>> rows(List<Entry> entries) {
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : entries) {
            if (e.en().isEmpty()) {
                continue;
            }
            String comment = comment(e);
            List<String> sources = new ArrayList<>();
            if (e.keptInEnglish()) {
                sources.add(e.en());
                sources.addAll(e.enAdmitted());
            } else {
                sources.add(e.zh());
                sources.addAll(e.zhAdmitted());
            }
            for (String source : sources) {
                if (!source.isEmpty()) {
                    rows.add(List.of(source, e.en(), comment));
                }
            }
        }
        return rows;
    }

    private static String comment(Entry e) {
        StringBuilder comment = new StringBuilder(e.type().label());
        if (e.keptInEnglish()) {
            comment.append("; keep in English");
        }
        if (!e.enForbidden().isEmpty()) {
            comment.append("; not: ").append(String.join(", ", e.enForbidden()));
        }
        if (!e.zhForbidden().isEmpty()) {
            comment.append("; 不用: ").append(String.join("、", e.zhForbidden()));
        }
        if (!e.note().isEmpty()) {
            comment.append("; ").append(e.note());
        }
        return comment.toString();
    }

    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
