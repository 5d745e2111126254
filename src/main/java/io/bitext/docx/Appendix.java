package io.bitext.docx;

import io.bitext.align.DocumentTerm;
import io.bitext.check.Finding;
import io.bitext.check.Replacement;
import io.bitext.glossary.Entry;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.text.TermKeys;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The appendix: the note's glossary (English, Chinese, type, occurrences; one row per English form
 * shown, however many spellings of it the note uses) and the findings, in columns sized for what they
 * hold: the message gets the room.
 */
final class Appendix {
    private static final double[] GLOSSARY = {0.34, 0.40, 0.13, 0.13};
    private static final double[] FINDINGS = {0.12, 0.125, 0.205, 0.55};

    private Appendix() {
    }

    /** One glossary row, its occurrences summed over the note's spellings of it. */
    private record Row(String english, String chinese, String type, int count) {
    }

    /** {@code matches}: the glossary's matches in the review table, whose entries the glossary lists; {@code keys}: the document's term keys. */
    static void write(WordXml xml, DocxExport.Input input, Comments comments, int width, List<GlossaryMatch> matches,
                      TermKeys keys) {
        xml.paragraph(Styles.HEADING_1, "附录 Appendix");
        xml.paragraph(Styles.HEADING_2, "术语表 Glossary");
        Grid glossary = new Grid(width, GLOSSARY);
        glossary.start(xml);
        glossary.header(xml, "English", "中文", "type", "occurrences");
        for (Row row : glossaryRows(input, matches, keys)) {
            xml.start("tr");
            glossary.textCell(xml, 0, row.english());
            glossary.textCell(xml, 1, row.chinese());
            glossary.textCell(xml, 2, row.type());
            glossary.textCell(xml, 3, String.valueOf(row.count()));
            xml.end();
        }
        glossary.end(xml);
        xml.paragraph(Styles.HEADING_2, "检查结果 Findings");
        Grid findings = new Grid(width, FINDINGS);
        findings.start(xml);
        findings.header(xml, "location", "severity", "rule", "message");
        for (Finding f : input.check().findings()) {
            xml.start("tr");
            findings.textCell(xml, 0, comments.positions(f));
            findings.textCell(xml, 1, f.severity().label());
            findings.textCell(xml, 2, f.rule());
            findings.cell(xml, 3, 1, null);
            xml.start("p");
            List<Integer> ids = comments.unanchored(f);
            Comments.openAll(xml, ids);
            xml.run(f.message() + (f.replacements().isEmpty() ? "" : " → "
                    + f.replacements().stream().map(Replacement::text).collect(Collectors.joining(" / "))));
            Comments.closeAll(xml, ids);
            xml.end().end();
            xml.end();
        }
        findings.end(xml);
    }

    private static List<Row> glossaryRows(DocxExport.Input input, List<GlossaryMatch> matches, TermKeys keys) {
        Map<String, Entry> entries = new HashMap<>();
        Set<Entry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (GlossaryMatch m : matches) {
            if (seen.add(m.entry())) { // a note names its terms many times; their forms are keyed once
                for (Entry.Form form : m.entry().forms()) {
                    if (form.english()) {
                        entries.putIfAbsent(keys.of(form.text()), m.entry());
                    }
                }
            }
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (DocumentTerm term : input.alignment().document()) {
            String key = keys.of(term.english());
            Entry entry = entries.get(key);
            if (entry == null && term.renderings().isEmpty()) {
                continue; // bare English the glossary does not know: in the table's English column, not here
            }
            String english = entry != null && !entry.en().isEmpty() ? entry.en() : term.english();
            String chinese = entry != null && !entry.zh().isEmpty() ? entry.zh()
                    : term.preferredRendering() == null ? "—" : term.preferredRendering();
            String type = entry == null ? "—" : entry.type().label();
            rows.merge(keys.of(english), new Row(english, chinese, type, term.count()),
                    (a, b) -> new Row(a.english(), a.chinese(), a.type(), a.count() + b.count()));
        }
        return List.copyOf(rows.values());
    }
}
