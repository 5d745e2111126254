package io.bitext.bench.previous;

import io.bitext.glossary.GlossaryMatch;
import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.note.Inline;
import io.bitext.note.InlineKind;
import io.bitext.note.Note;
import io.bitext.note.Part;
import io.bitext.note.Span;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes one block of the note into a paragraph: its label in bold, then its text with marks and anchors. */
final class Blocks {

    private Blocks() {
    }

    static void plain(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
    }

    /** The comments a block's paragraph carries: on its name, on its text, and on the whole of it. */
    record Anchors(List<RichText.Anchor> label, List<RichText.Anchor> text, List<RichText.Anchor> whole) {

        /** Claims the block's findings, exact places first, before anything is written. */
        static Anchors of(Comments comments, Block block) {
            Span name = block.speaker() != null ? block.speaker().nameSpan() : null;
            List<RichText.Anchor> label = name == null ? List.of()
                    : comments.within(name.offset(), name.offset() + block.speaker().label().length());
            List<RichText.Anchor> text = comments.within(block.text().offset(), block.text().end());
            return new Anchors(label, text, comments.leftoverWithin(block.span().offset(), block.span().end(), 0, 0));
        }
    }

    /** A paragraph for a block outside the tables (summary bullets, afterwords). */
    static XWPFParagraph paragraph(XWPFDocument document, DocxExport.Input input, Comments comments, Block block, String bullet) {
        XWPFParagraph paragraph = document.createParagraph();
        write(paragraph, input, Anchors.of(comments, block), block, bullet);
        return paragraph;
    }

    /** Bullet, label and text of a block into {@code paragraph}, wrapped in the comments on the whole block. */
    static void write(XWPFParagraph paragraph, DocxExport.Input input, Anchors anchors, Block block, String bullet) {
        write(paragraph, input, anchors, block, bullet, glossaryMatches(input, block));
    }

    /** As above, with the glossary matches in the block's text already found (the table's right column needs them too). */
    static void write(XWPFParagraph paragraph, DocxExport.Input input, Anchors anchors, Block block, String bullet,
                      List<GlossaryMatch> matches) {
        anchors.whole().forEach(a -> paragraph.getCTP().addNewCommentRangeStart().setId(a.id()));
        if (!bullet.isEmpty()) {
            plain(paragraph, bullet);
        }
        label(paragraph, input, anchors.label(), block);
        text(paragraph, input, anchors.text(), block, matches);
        anchors.whole().forEach(a -> {
            paragraph.getCTP().addNewCommentRangeEnd().setId(a.id());
            paragraph.createRun().getCTR().addNewCommentReference().setId(a.id());
        });
    }

    /** A speaker's name (or a key point's label) in bold with its colon, findings on the name anchored. */
    static void label(XWPFParagraph paragraph, DocxExport.Input input, List<RichText.Anchor> anchors, Block block) {
        if (block.label() == null || block.kind() == BlockKind.COVER_ENTRY) {
            return;
        }
        Span name = block.speaker() != null ? block.speaker().nameSpan() : null;
        if (name != null && !anchors.isEmpty()) {
            // a finding on the name is anchored on the name's own characters, so the colon runs apart
            int end = name.offset() + block.speaker().label().length();
            Span whole = input.note().source().span(name.offset(), end);
            Inline bold = new Inline(InlineKind.BOLD, whole, whole, null);
            new RichText(input.note().text(), List.of(bold), List.of(), anchors).write(paragraph, name.offset(), end);
            XWPFRun colon = paragraph.createRun();
            colon.setBold(true);
            colon.setText("：");
            return;
        }
        String label = name != null
                ? input.note().text().substring(name.offset(), name.offset() + block.speaker().label().length())
                : block.label();
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setText(label + "：");
    }

    /** The glossary's terms in a block's text, offsets relative to the text's start. */
    static List<GlossaryMatch> glossaryMatches(DocxExport.Input input, Block block) {
        return input.blockTerms() != null ? input.blockTerms().getOrDefault(block.index(), List.of())
                : input.matcher().findLongest(block.text().cut(input.note().text()));
    }

    /** The block's text with its marks, glossary terms underlined and findings anchored. */
    private static void text(XWPFParagraph paragraph, DocxExport.Input input, List<RichText.Anchor> anchors, Block block,
                             List<GlossaryMatch> matches) {
        Span text = block.text();
        List<int[]> terms = matches.stream().map(m -> new int[] {text.offset() + m.start(), text.offset() + m.end()}).toList();
        new RichText(input.note().text(), block.inlines(), terms, anchors).write(paragraph, text.offset(), text.end());
    }

    /** The cover list: key, then the value; a link's value as a real hyperlink. */
    static void coverEntries(XWPFDocument document, Note note, Part part) {
        for (Block block : part.blocks()) {
            if (block.kind() != BlockKind.COVER_ENTRY || "标题".equals(block.label())) {
                continue;
            }
            XWPFParagraph paragraph = document.createParagraph();
            XWPFRun key = paragraph.createRun();
            key.setBold(true);
            key.setText(block.label() + "：");
            String value = block.text().cut(note.text()).strip();
            if (value.matches("https?://\\S+")) {
                XWPFHyperlinkRun link = paragraph.createHyperlinkRun(value);
                link.setText(value);
                link.setColor("0563C1");
                link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            } else {
                plain(paragraph, value);
            }
        }
    }
}
