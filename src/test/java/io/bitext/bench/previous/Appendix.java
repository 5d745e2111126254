package io.bitext.bench.previous;

import io.bitext.align.DocumentTerm;
import io.bitext.text.TermKey;
import io.bitext.check.Finding;
import io.bitext.glossary.Entry;
import io.bitext.glossary.GlossaryMatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The appendix: the note's glossary (English, Chinese, type, occurrences) and the findings table. */
final class Appendix {

    private Appendix() {
    }

    static void write(XWPFDocument document, DocxExport.Input input, Comments comments, int width) {
        heading(document, Styles.HEADING_1, "附录 Appendix");
        heading(document, Styles.HEADING_2, "术语表 Glossary");
        Map<String, Entry> entries = new HashMap<>();
        java.util.Set<Entry> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (GlossaryMatch m : input.matcher().findLongest(input.note().text())) {
            if (!seen.add(m.entry())) {
                continue; // a note names its terms many times; their forms are keyed once
            }
            for (Entry.Form form : m.entry().forms()) {
                if (form.english()) {
                    entries.putIfAbsent(TermKey.of(form.text()), m.entry());
                }
            }
        }
        XWPFTable glossary = table(document, width, "English", "中文", "type", "occurrences");
        for (DocumentTerm term : input.alignment().document()) {
            Entry entry = entries.get(TermKey.of(term.english()));
            if (entry == null && term.renderings().isEmpty()) {
                continue; // bare English the glossary does not know: in the body's term column, not here
            }
            String chinese = entry != null && !entry.zh().isEmpty() ? entry.zh()
                    : term.preferredRendering() == null ? "—" : term.preferredRendering();
            row(glossary, entry != null && !entry.en().isEmpty() ? entry.en() : term.english(), chinese,
                    entry == null ? "—" : entry.type().label(), String.valueOf(term.count()));
        }
        heading(document, Styles.HEADING_2, "检查结果 Findings");
        XWPFTable findings = table(document, width, "location", "severity", "rule", "message");
        for (Finding f : input.check().findings()) {
            XWPFTableRow row = row(findings, f.location().position(), f.severity().label(), f.rule(), "");
            XWPFParagraph message = row.getCell(3).getParagraphs().get(0);
            List<RichText.Anchor> anchor = comments.isAnchored(f) ? List.of() : List.of(comments.claim(f));
            anchor.forEach(a -> message.getCTP().addNewCommentRangeStart().setId(a.id()));
            Blocks.plain(message, f.message());
            anchor.forEach(a -> {
                message.getCTP().addNewCommentRangeEnd().setId(a.id());
                message.createRun().getCTR().addNewCommentReference().setId(a.id());
            });
        }
    }

    private static void heading(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        Blocks.plain(paragraph, text);
    }

    private static XWPFTable table(XWPFDocument document, int width, String... headers) {
        XWPFTable table = document.createTable(1, headers.length);
        table.setWidth(width);
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            table.getRow(0).getCell(i).setColor("D9E2F3");
            Blocks.plain(table.getRow(0).getCell(i).getParagraphs().get(0), headers[i]);
            table.getRow(0).getCell(i).getParagraphs().get(0).getRuns().get(0).setBold(true);
        }
        return table;
    }

    private static XWPFTableRow row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                Blocks.plain(row.getCell(i).getParagraphs().get(0), cells[i]);
            }
        }
        return row;
    }
}
