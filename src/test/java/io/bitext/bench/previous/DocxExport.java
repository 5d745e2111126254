package io.bitext.bench.previous;

import io.bitext.align.Alignment;
import io.bitext.check.CheckResult;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.note.Note;
import io.bitext.note.Part;
import io.bitext.note.PartRole;
import io.bitext.note.Section;
import io.bitext.transcript.TranscriptAlignment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The bilingual side-by-side document editors open in Word or LibreOffice: a cover (title, link,
 * dates, the summary), a table of contents, then every section as a heading with its time range and a
 * two-column table, Chinese blocks on the left and on the right the English terms each block uses
 * with their glossary rendering (or the block's English, once a translation was imported); the
 * check's findings as comments; an appendix with the note's glossary and the findings.
 *
 * <pre>{@code
 * byte[] docx = DocxExport.write(new DocxExport.Input(note, alignment, check, matcher, Map.of()), false);
 * }</pre>
 */
public final class DocxExport {

    /**
     * @param translations block index → the block's English text, from an imported XLIFF; may be empty
     * @param transcript   the sections aligned with the English original, shown beside each section; may be null
     */
    public record Input(Note note, Alignment alignment, CheckResult check, GlossaryMatcher matcher,
                        Map<Integer, String> translations, TranscriptAlignment transcript,
                        Map<Integer, List<io.bitext.glossary.GlossaryMatch>> blockTerms) {

        /** Without the English original. */
        public Input(Note note, Alignment alignment, CheckResult check, GlossaryMatcher matcher, Map<Integer, String> translations) {
            this(note, alignment, check, matcher, translations, null, null);
        }

        /** The same input with the blocks' glossary terms already matched (as a session has them). */
        public Input with(Map<Integer, List<io.bitext.glossary.GlossaryMatch>> terms) {
            return new Input(note, alignment, check, matcher, translations, transcript, terms);
        }
    }

    private DocxExport() {
    }

    public static byte[] write(Input input, boolean landscape) {
        XWPFDocument document = new XWPFDocument();
        try {
            Styles.define(document);
            // what Word shows under File > Info and what a document manager indexes; POI would sign it
            var properties = document.getProperties().getCoreProperties();
            properties.setTitle(input.note().title());
            properties.setCreator("Bitext");
            int width = PageSetup.apply(document, landscape, input.note().title());
            Comments comments = new Comments(document, input.check().findings());
            Writer writer = new Writer(document, input, comments, width);
            writer.cover();
            writer.contents();
            writer.body();
            Appendix.write(document, input, comments, width);
            document.enforceUpdateFields();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // closing a new document would save the whole package a second time, into a buffer POI
            // keeps for itself; the bytes are already written, so the package is dropped unsaved
            document.getPackage().revert();
        }
    }

    /** Writes the parts of the note in order. */
    private record Writer(XWPFDocument document, Input input, Comments comments, int width) {

        void cover() {
            Note note = input.note();
            XWPFParagraph title = document.createParagraph();
            title.setStyle(Styles.TITLE);
            Blocks.plain(title, note.title());
            for (Part part : note.parts()) {
                if (part.role() == PartRole.COVER) {
                    Blocks.coverEntries(document, note, part);
                }
            }
            for (Part part : note.parts()) {
                if (part.role() == PartRole.SUMMARY) {
                    heading(Styles.HEADING_1, part.heading());
                    for (Block block : part.blocks()) {
                        Blocks.paragraph(document, input, comments, block, "• ");
                    }
                }
            }
        }

        void contents() {
            XWPFParagraph heading = document.createParagraph();
            heading.setStyle(Styles.HEADING_1);
            Blocks.plain(heading, "目录 Contents");
            XWPFParagraph toc = document.createParagraph();
            PageSetup.field(toc, "TOC \\o \"1-3\" \\h \\z \\u", "（更新域以显示目录 / update the field to show the contents）");
        }

        void body() {
            // each block's terms, gathered once: a table per section must not walk the whole note's list
            Map<Integer, List<io.bitext.term.TermOccurrence>> termsByBlock = new java.util.HashMap<>();
            input.alignment().extraction().terms().forEach(o -> termsByBlock.computeIfAbsent(o.block(), k -> new java.util.ArrayList<>()).add(o));
            for (Part part : input.note().parts()) {
                if (part.role() == PartRole.COVER || part.role() == PartRole.SUMMARY || part.heading() == null) {
                    continue;
                }
                heading(Styles.HEADING_1, part.heading());
                for (Block block : part.blocks()) {
                    Blocks.paragraph(document, input, comments, block, block.kind() == BlockKind.LIST_ITEM ? "• " : "");
                }
                for (Section section : part.sections()) {
                    heading(Styles.HEADING_2, section.heading());
                    if (!section.blocks().isEmpty()) {
                        SideBySide.table(document, input, comments, section, width, termsByBlock);
                    }
                }
            }
        }

        /** A heading paragraph: the title as the note writes it, then the time range, findings anchored. */
        private void heading(String style, Block heading) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(style);
            Blocks.Anchors anchors = Blocks.Anchors.of(comments, heading);
            Blocks.write(paragraph, input, new Blocks.Anchors(List.of(), anchors.text(), anchors.whole()), heading, "");
            Section section = input.note().sections().stream().filter(s -> s.heading() == heading).findFirst().orElse(null);
            if (section != null && section.timeRange() != null) {
                XWPFRun range = paragraph.createRun();
                range.setText("（" + section.timeRange().display() + "）");
            }
        }
    }
}
