package io.bitext.bench.previous;

import io.bitext.align.AlignedTerm;
import io.bitext.align.SectionAlignment;
import io.bitext.text.TermKey;
import io.bitext.glossary.Entry;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.note.Section;
import io.bitext.term.TermOccurrence;
import io.bitext.transcript.Stretch;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A section as a two-column table that lines up block by block: 中文 on the left, on the right the
 * English of the block (after an import) or the English terms the block uses, each with its
 * glossary (or the note's own) Chinese rendering. The header row repeats on every page.
 */
final class SideBySide {
    static final String LEFT = "中文";
    static final String RIGHT = "English";

    private SideBySide() {
    }

    static void table(XWPFDocument document, DocxExport.Input input, Comments comments, Section section, int width,
                      Map<Integer, java.util.List<TermOccurrence>> termsByBlock) {
        XWPFTable table = document.createTable(1, 2);
        table.setWidth(width);
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        headerCell(header.getCell(0), LEFT, width * 3 / 5);
        headerCell(header.getCell(1), RIGHT, width * 2 / 5);
        Map<String, String> renderings = renderings(input.alignment().section(section.index()));
        original(table, input, section);
        for (Block block : section.blocks()) {
            if (block.kind() == BlockKind.HEADING) {
                continue;
            }
            XWPFTableRow row = table.createRow();
            XWPFParagraph left = row.getCell(0).getParagraphs().get(0);
            // the glossary is matched once per block: the left column marks the terms, the right lists them
            java.util.List<GlossaryMatch> matches = Blocks.glossaryMatches(input, block);
            Blocks.write(left, input, Blocks.Anchors.of(comments, block), block, block.kind() == BlockKind.LIST_ITEM ? "• " : "", matches);
            right(row.getCell(1), input, renderings, block, termsByBlock.getOrDefault(block.index(), java.util.List.of()), matches);
        }
    }

    /**
     * With a transcript, the section's first row holds its stretch of the English original on the
     * right, the section's anchors (its terms the original says) underlined in it.
     */
    private static void original(XWPFTable table, DocxExport.Input input, Section section) {
        if (input.transcript() == null) {
            return;
        }
        Stretch stretch = input.transcript().section(section.index());
        XWPFTableRow row = table.createRow();
        XWPFParagraph left = row.getCell(0).getParagraphs().get(0);
        XWPFRun label = left.createRun();
        label.setItalic(true);
        label.setText("英文原文 English original" + (stretch == null || !stretch.assigned() ? "：未对齐 not aligned"
                : "（" + stretch.method() + ", " + Math.round(stretch.confidence() * 100) + "%）"));
        if (stretch == null || !stretch.assigned()) {
            return;
        }
        XWPFParagraph right = row.getCell(1).getParagraphs().get(0);
        String text = String.join(" ", stretch.sentences());
        java.util.TreeMap<Integer, Integer> marks = new java.util.TreeMap<>();
        for (Stretch.Anchor anchor : stretch.anchors()) {
            int at = text.indexOf(anchor.english());
            if (at >= 0) {
                marks.putIfAbsent(at, at + anchor.english().length());
            }
        }
        int at = 0;
        for (var mark : marks.entrySet()) {
            if (mark.getKey() < at) {
                continue;
            }
            Blocks.plain(right, text.substring(at, mark.getKey()));
            XWPFRun term = right.createRun();
            term.setText(text.substring(mark.getKey(), mark.getValue()));
            Styles.term(term);
            at = mark.getValue();
        }
        Blocks.plain(right, text.substring(at));
    }

    private static void headerCell(XWPFTableCell cell, String text, int width) {
        cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(width));
        cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
        cell.setColor("D9E2F3");
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(text);
    }

    /** The right cell: the block's English when a translation exists, then its terms, one per line. */
    private static void right(XWPFTableCell cell, DocxExport.Input input, Map<String, String> renderings, Block block,
                              java.util.List<TermOccurrence> blockTerms, java.util.List<GlossaryMatch> matches) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        String english = input.translations().get(block.index());
        boolean used = false;
        if (english != null) {
            Blocks.plain(first, english.replaceAll("\\*\\*|==", ""));
            used = true;
        }
        for (Map.Entry<String, String> term : terms(renderings, blockTerms, matches).entrySet()) {
            XWPFParagraph line = used ? cell.addParagraph() : first;
            used = true;
            XWPFRun en = line.createRun();
            en.setText(term.getKey());
            Styles.term(en);
            if (english != null) {
                en.setFontSize(8);
            }
            if (term.getValue() != null) {
                Blocks.plain(line, " — " + term.getValue());
            }
        }
    }

    /** Term key → the first rendering the section's alignment gives a term of that key. */
    static Map<String, String> renderings(SectionAlignment aligned) {
        Map<String, String> renderings = new java.util.HashMap<>();
        if (aligned != null) {
            for (AlignedTerm term : aligned.terms()) {
                if (term.rendering() != null) {
                    renderings.putIfAbsent(TermKey.of(term.english()), term.rendering());
                }
            }
        }
        return renderings;
    }

    /**
     * English term → its rendering, for the terms a block uses: glossary entries found in it (their
     * preferred English and Chinese), then the note's own English terms with the rendering the
     * alignment gives them (null where the note gives none).
     */
    static Map<String, String> terms(Map<String, String> renderings, java.util.List<TermOccurrence> blockTerms,
                                     java.util.List<GlossaryMatch> matches) {
        Map<String, String> terms = new LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (GlossaryMatch m : matches) {
            Entry entry = m.entry();
            String english = entry.en().isEmpty() ? m.text() : entry.en();
            String rendering = entry.zh().isEmpty() ? "（保留英文 kept in English）" : entry.zh();
            if (keys.add(TermKey.of(english))) {
                terms.put(english, rendering);
            }
        }
        for (TermOccurrence o : blockTerms) {
            String key = TermKey.of(o.normalized());
            if (!keys.add(key)) {
                continue;
            }
            String rendering = o.rendering() != null ? o.rendering() : renderings.get(key);
            terms.put(o.normalized(), rendering);
        }
        return terms;
    }
}
