package io.bitext.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.error.BitextException;
import io.bitext.TestNotes;
import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/** Export, edit as a reviewer would (with POI), import: exactly the reviewer's changes come back. */
class ReviewImportTest {
    static Note note;
    static byte[] exported;

    @BeforeAll
    static void export() {
        note = NoteReader.read(TestNotes.SEED);
        exported = export(note);
    }

    static byte[] export(Note note) {
        Glossary glossary = Glossary.load(java.nio.file.Path.of("glossary"));
        Alignment alignment = Aligner.align(note);
        CheckResult check = new Checker(glossary).check(note, alignment, CheckConfig.defaults(), null);
        return DocxExport.write(new DocxExport.Input(note, alignment, check, GlossaryMatcher.of(glossary), Map.of()), false);
    }

    static XWPFTableRow row(XWPFDocument document, String id) {
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                if (row.getTableCells().size() == 4 && row.getCell(0).getText().equals(id)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row " + id);
    }

    static byte[] save(XWPFDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    @Test
    void twoEditedCellsAndACommentAndNothingElse() throws Exception {
        XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(exported));
        // 中文 of b16: one word changed inside a run of the first turn
        XWPFParagraph chinese = row(document, "b16").getCell(1).getParagraphs().get(0);
        XWPFRun run = chinese.getRuns().stream().filter(r -> r.text().contains("技术演示")).findFirst().orElseThrow();
        run.setText(run.text().replace("技术演示", "技术展示"), 0);
        // English of b18: the reviewer writes a translation over the term list
        var english = row(document, "b18").getCell(2);
        while (english.getParagraphs().size() > 1) {
            english.removeParagraph(1);
        }
        XWPFParagraph first = english.getParagraphs().get(0);
        while (!first.getRuns().isEmpty()) {
            first.removeRun(0);
        }
        first.createRun().setText("Matt Turk: I'm Matt Turk, welcome to the MAD Podcast.");
        // a comment on the Chinese of b22
        XWPFComment comment = document.getDocComments().createComment(BigInteger.valueOf(900));
        comment.setAuthor("Reviewer");
        comment.createParagraph().createRun().setText("reasoning 的译法请统一");
        CTP anchored = row(document, "b22").getCell(1).getParagraphs().get(0).getCTP();
        anchored.insertNewCommentRangeStart(0).setId(BigInteger.valueOf(900));
        anchored.addNewCommentRangeEnd().setId(BigInteger.valueOf(900));
        anchored.addNewR().addNewCommentReference().setId(BigInteger.valueOf(900));

        ReviewImport.Result result = ReviewImport.open(save(document), "reviewed.docx").merge(note, Map.of());

        assertEquals(List.of("b16"), List.copyOf(result.chinese().keySet()));
        assertEquals(note.text().replaceFirst("技术演示", "技术展示"), result.text(), "that word, nothing else");
        assertEquals(Map.of("b18", "Matt Turk: I'm Matt Turk, welcome to the MAD Podcast."), result.english());
        assertEquals(List.of(new ReviewImport.Comment("b22", "Reviewer", "reasoning 的译法请统一")), result.comments());
        assertEquals(0, result.tracked());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void anUnchangedReviewChangesNothing() {
        ReviewImport.Result result = ReviewImport.open(exported, "reviewed.docx").merge(note, Map.of());
        assertEquals(note.text(), result.text());
        assertTrue(result.chinese().isEmpty() && result.english().isEmpty() && result.comments().isEmpty());
    }

    @Test
    void trackedChangesAreReadAsAccepted() throws Exception {
        XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(exported));
        // the first row whose cell ends in a long run of text the note has once: that run is replaced
        // by a deletion and an insertion, as Word records them with track changes on
        CTP paragraph = null;
        String old = null;
        List<XWPFTableRow> rows = document.getTables().stream().flatMap(t -> t.getRows().stream())
                .filter(r -> r.getTableCells().size() == 4 && r.getCell(0).getText().startsWith("b")).toList();
        for (XWPFTableRow row : rows) {
            CTP p = row.getCell(1).getParagraphs().get(0).getCTP();
            var runs = p.getRList();
            String text = runs.get(runs.size() - 1).sizeOfTArray() == 1 ? runs.get(runs.size() - 1).getTArray(0).getStringValue() : "";
            if (text.length() >= 8 && note.text().indexOf(text) == note.text().lastIndexOf(text) && p.sizeOfCommentRangeStartArray() == 0) {
                paragraph = p;
                old = text;
                break;
            }
        }
        assertTrue(paragraph != null, "a row to edit");
        paragraph.removeR(paragraph.sizeOfRArray() - 1);
        CTRunTrackChange deleted = paragraph.addNewDel();
        deleted.setId(BigInteger.ONE);
        deleted.setAuthor("Reviewer");
        deleted.addNewR().addNewDelText().setStringValue(old);
        CTRunTrackChange inserted = paragraph.addNewIns();
        inserted.setId(BigInteger.TWO);
        inserted.setAuthor("Reviewer");
        inserted.addNewR().addNewT().setStringValue("（修订）" + old);

        ReviewImport.Result result = ReviewImport.open(save(document), "reviewed.docx").merge(note, Map.of());
        assertEquals(note.text().replace(old, "（修订）" + old), result.text());
        assertEquals(1, result.chinese().size());
        assertEquals(1, result.tracked());
    }

    @Test
    void aReviewOfAnotherNoteIsRefused() {
        Note other = NoteReader.parse(note.name(), note.text().replace("收尾", "结尾"));
        BitextException e = assertThrows(BitextException.class, () -> ReviewImport.open(exported, "reviewed.docx").merge(other, Map.of()));
        assertEquals("reviewed.docx: exported from another version of 000_a3c508f15ff8c1eb.txt; export the review again from the current note",
                e.getMessage());
        assertThrows(BitextException.class, () -> ReviewImport.open("not a docx".getBytes(), "x.docx"));
    }
}
