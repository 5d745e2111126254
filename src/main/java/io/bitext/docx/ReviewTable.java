package io.bitext.docx;

import io.bitext.check.Finding;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.note.Section;
import io.bitext.note.Span;
import io.bitext.term.TermOccurrence;
import io.bitext.text.TermKeys;
import io.bitext.xliff.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One group of the note's translation units (a section, or a part outside the sections) as a review
 * table in the manner of Trados and memoQ bilingual review documents: segment id | 中文 | English |
 * comments and status, one row per XLIFF unit with the XLIFF's own id, the group's heading with its
 * time range above it.
 */
final class ReviewTable {
    static final String[] HEADER = {"ID", "中文", "English", "备注 Comments"};
    static final double[] SHARES = {0.065, 0.375, 0.375, 0.185};
    private static final String HEADING_FILL = "F2F2F2";

    /**
     * What every row needs: the export's input, the comments, the grid, the review data being recorded,
     * where the rows' glossary matches are gathered for the appendix, and the document's term keys.
     */
    record Context(DocxExport.Input input, Comments comments, Grid grid, ReviewData review,
                   Map<Integer, List<TermOccurrence>> termsByBlock, List<GlossaryMatch> matches, TermKeys keys) {
    }

    private ReviewTable() {
    }

    /** The group's heading (bookmarked for the contents), then its table. */
    static void write(WordXml xml, Context context, List<Unit> units, int number) {
        Unit first = units.get(0);
        Unit last = units.get(units.size() - 1);
        Section section = last.section() > 0 ? context.input().note().sections().get(last.section() - 1) : null;
        if (first.section() != last.section()) {
            xml.paragraph(Styles.HEADING_1, first.sectionTitle()); // a part's heading, its row in the table below
        }
        xml.start("p").start("pPr").val("pStyle", section != null ? Styles.HEADING_2 : Styles.HEADING_1).end();
        xml.empty("bookmarkStart").attr("id", number).attr("name", bookmark(number));
        xml.run(title(last, section));
        xml.empty("bookmarkEnd").attr("id", number);
        xml.end();
        var renderings = EnglishColumn.renderings(section == null ? null : context.input().alignment().section(section.index()),
                context.keys());
        context.grid().start(xml);
        context.grid().header(xml, HEADER);
        for (Unit unit : units) {
            row(xml, context, unit, renderings);
        }
        context.grid().end(xml);
    }

    static String bookmark(int number) {
        return "bitext_g" + number;
    }

    /** The heading's title as the note writes it, with the section's time range. */
    static String title(Unit unit, Section section) {
        if (section == null) {
            return unit.sectionTitle();
        }
        return section.title() + (section.timeRange() == null ? "" : "（" + section.timeRange().display() + "）");
    }

    private static void row(WordXml xml, Context context, Unit unit, Map<String, String> renderings) {
        Block block = context.input().note().blocks().get(unit.block());
        String fill = block.kind() == BlockKind.HEADING ? HEADING_FILL : null;
        xml.start("tr");
        context.grid().cell(xml, 0, 1, fill);
        xml.start("p").styledRun(Styles.META, unit.id()).end().end();
        List<GlossaryMatch> matches = context.input().terms(block);
        context.matches().addAll(matches);
        context.grid().cell(xml, 1, 1, fill);
        String chinese = chinese(xml, context, block, matches);
        xml.end();
        EnglishColumn.English english = EnglishColumn.of(context.input(), unit.block(),
                context.termsByBlock().getOrDefault(unit.block(), List.of()), matches, renderings, context.keys());
        context.grid().cell(xml, 2, 1, fill);
        String shownEnglish = english(xml, english);
        xml.end();
        context.grid().cell(xml, 3, 1, fill);
        String status = status(xml, context, block, english);
        xml.end();
        xml.end();
        context.review().add(unit.id(), english.source().code, chinese, shownEnglish, status);
    }

    /** The Chinese cell: label in bold, the text with its marks and terms; findings anchored. Returns what it shows. */
    private static String chinese(WordXml xml, Context context, Block block, List<GlossaryMatch> matches) {
        Comments comments = context.comments();
        String source = context.input().note().text();
        Span name = block.speaker() != null ? block.speaker().nameSpan() : null;
        List<Comments.Anchor> onLabel = name == null ? List.of() : comments.within(name.offset(), name.offset() + block.speaker().label().length());
        List<Comments.Anchor> onText = comments.within(block.text().offset(), block.text().end());
        List<Integer> whole = comments.leftover(block.span().offset(), block.span().end());
        StringBuilder shown = new StringBuilder();
        xml.start("p");
        Comments.openAll(xml, whole);
        String label = label(block);
        if (label != null) {
            for (Comments.Anchor a : onLabel) {
                Comments.open(xml, a.id());
            }
            xml.run(label, "b");
            for (Comments.Anchor a : onLabel) {
                Comments.close(xml, a.id());
            }
            xml.run("：", "b");
            shown.append(label).append('：');
        }
        List<int[]> terms = new ArrayList<>();
        int base = block.text().offset();
        for (GlossaryMatch m : matches) {
            terms.add(new int[] {base + m.start(), base + m.end()});
        }
        new RichText(source, block.inlines(), terms, onText).write(xml, block.text().offset(), block.text().end(), shown);
        Comments.closeAll(xml, whole);
        xml.end();
        return shown.toString();
    }

    /** A turn's speaker or a key point's label, as the note writes it; null for other blocks. */
    static String label(Block block) {
        if (block.label() == null || block.kind() == BlockKind.COVER_ENTRY) {
            return block.kind() == BlockKind.COVER_ENTRY ? block.label() : null;
        }
        return block.speaker() != null ? block.speaker().label() : block.label();
    }

    private static String english(WordXml xml, EnglishColumn.English english) {
        if (english.source() != EnglishColumn.Source.TERMS) {
            xml.start("p").run(english.text()).end();
            return english.text();
        }
        StringBuilder shown = new StringBuilder();
        for (var term : english.terms().entrySet()) {
            xml.start("p").styledRun(Styles.TERM, term.getKey());
            String line = term.getKey();
            if (term.getValue() != null) {
                xml.run(" — " + term.getValue());
                line += " — " + term.getValue();
            }
            xml.end();
            shown.append(shown.length() == 0 ? "" : "\n").append(line);
        }
        return shown.toString();
    }

    /** Where the English comes from, then the block's findings, one a line. Returns what it shows. */
    private static String status(WordXml xml, Context context, Block block, EnglishColumn.English english) {
        String first = english.source().label + (english.where().isEmpty() ? "" : " · " + english.where());
        xml.start("p").styledRun(Styles.META, first).end();
        StringBuilder shown = new StringBuilder(first);
        for (Finding f : context.comments().findingsIn(block.span().offset(), block.span().end())) {
            String line = f.severity().label() + " " + f.rule() + ": ‘" + f.location().text() + "’"
                    + (f.replacements().isEmpty() ? "" : " → " + f.replacements().get(0).text());
            xml.start("p").styledRun(Styles.META, line).end();
            shown.append('\n').append(line);
        }
        return shown.toString();
    }
}
