package io.bitext.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bitext.TestNotes;
import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.check.Finding;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Block;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's DOCX, opened with POI (and with LibreOffice where it is installed). */
class DocxExportTest {
    static Note note;
    static CheckResult check;
    static byte[] bytes;
    static XWPFDocument document;

    @BeforeAll
    static void export() throws Exception {
        note = NoteReader.read(TestNotes.SEED);
        Glossary glossary = Glossary.load(Path.of("glossary"));
        Alignment alignment = Aligner.align(note);
        check = new Checker(glossary).check(note, alignment, CheckConfig.defaults(), null);
        bytes = DocxExport.write(new DocxExport.Input(note, alignment, check, GlossaryMatcher.of(glossary), Map.of()), false);
        document = new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void oneHeadingPerSectionWithItsTimeRange() {
        List<String> headings = document.getParagraphs().stream().filter(p -> Styles.HEADING_2.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertEquals(20 + 2, headings.size(), headings.toString()); // the sections, then the appendix's two
        assertEquals("开场与宏观判断：O3、ChatGPT-5、以及“唯一一次的历史时刻”（00:00:00 - 00:00:32）", headings.get(0));
        assertEquals("收尾（01:15:20 - 01:16:03）", headings.get(19));
        assertTrue(document.getStyles().styleExist(Styles.HEADING_2), "a real heading style, for the navigation pane");
        assertEquals("Bitext", document.getProperties().getCoreProperties().getCreator());
        assertEquals(note.title(), document.getProperties().getCoreProperties().getTitle());
    }

    private static XWPFTableRow rowOf(Block block) {
        String start = block.label() != null ? (block.speaker() != null ? block.speaker().label() : block.label()) + "：" : "";
        String text = start + block.plainText(note.source()).text();
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                if (row.getCell(0).getText().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row shows " + text);
    }

    @Test
    void leftColumnHoldsEveryBlockOfEverySectionAsTheNoteHasIt() {
        int rows = 0;
        for (var section : note.sections()) {
            for (Block block : section.blocks()) {
                rowOf(block);
                rows++;
            }
        }
        assertEquals(50, rows);
        assertEquals("中文", document.getTables().get(0).getRow(0).getCell(0).getText());
        assertTrue(document.getTables().get(0).getRow(0).isRepeatHeader());
    }

    @Test
    void rightColumnListsTheBlocksTermsWithTheirRenderings() {
        Block rewardModel = note.blocks().stream().filter(b -> b.text().cut(note.text()).contains("奖励模型（reward model）"))
                .findFirst().orElseThrow();
        String right = rowOf(rewardModel).getCell(1).getText();
        assertTrue(right.contains("reward model — 奖励模型"), right);
        assertTrue(right.contains("post-training — 后训练"), right);
        assertTrue(right.contains("RLHF — 基于人类反馈的强化学习"), right);
        assertTrue(!right.contains("Jerry Tworek"), "the speaker label is not a term of the block");
    }

    @Test
    void highlightsAndBoldAreKept() {
        List<XWPFRun> runs = new ArrayList<>();
        document.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
        document.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        assertTrue(runs.stream().anyMatch(r -> r.isHighlighted() && "yellow".equals(String.valueOf(r.getTextHighlightColor()))
                && r.text().contains("送完孩子上学后")), "==highlight== is a yellow highlight");
        assertTrue(runs.stream().anyMatch(r -> r.isBold() && r.text().contains("是关键路径")), "**bold** is bold");
        assertTrue(runs.stream().anyMatch(r -> r.isBold() && r.text().equals("Matt Turk：")), "speaker names in bold");
        assertTrue(runs.stream().filter(r -> r.text().contains("是关键路径") || r.text().contains("送完孩子上学后"))
                .noneMatch(r -> r.text().contains("**") || r.text().contains("==")), "marks are formatting, not text");
    }

    @Test
    void glossaryTermsCarryTheTermStyle() {
        List<XWPFRun> runs = new ArrayList<>();
        document.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
        assertTrue(runs.stream().anyMatch(r -> Styles.TERM.equals(r.getStyle()) && r.text().equals("reward model")), "a term on the left");
        assertTrue(runs.stream().anyMatch(r -> Styles.TERM.equals(r.getStyle()) && r.text().equals("RLHF")), "a term on the right");
        assertTrue(runs.stream().filter(r -> Styles.TERM.equals(r.getStyle())).allMatch(r -> !r.text().contains("：")), "never a label");
        var term = document.getStyles().getStyle(Styles.TERM).getCTStyle().getRPr();
        assertEquals("dotted", term.getUArray(0).getVal().toString(), "terms are underlined, dotted");
    }

    @Test
    void everyFindingIsOneCommentAnchoredOnItsText() throws Exception {
        assertEquals(check.findings().size(), document.getDocComments().getComments().size());
        Map<String, StringBuilder> anchored = anchoredTexts();
        for (int i = 0; i < check.findings().size(); i++) {
            Finding f = check.findings().get(i);
            String text = anchored.get(String.valueOf(i)).toString();
            assertTrue(text.contains(f.location().text()) || f.location().text().isBlank() || !text.isEmpty(), f + " on " + text);
            assertEquals("Bitext", document.getDocComments().getComments().get(i).getAuthor());
            assertTrue(document.getDocComments().getComments().get(i).getText().contains(f.message()));
        }
        assertEquals("CodeX", anchored.get(String.valueOf(indexOf("glossary.forbidden", "CodeX"))).toString());
        assertEquals("训练后", anchored.get(String.valueOf(indexOf("glossary.rendering", "训练后"))).toString());
        assertEquals("Jared Faraic", anchored.get(String.valueOf(indexOf("names.title-mismatch", "Jared Faraic"))).toString());
    }

    private static int indexOf(String rule, String text) {
        for (int i = 0; i < check.findings().size(); i++) {
            if (check.findings().get(i).rule().equals(rule) && check.findings().get(i).location().text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(rule + " " + text);
    }

    /** Comment id → the text between its range start and end, walking the document's XML in order. */
    private static Map<String, StringBuilder> anchoredTexts() {
        Map<String, StringBuilder> texts = new HashMap<>();
        List<String> open = new ArrayList<>();
        try (XmlCursor cursor = document.getDocument().newCursor()) {
            while (cursor.hasNextToken()) {
                if (cursor.toNextToken() != XmlCursor.TokenType.START) {
                    continue;
                }
                String name = cursor.getName().getLocalPart();
                XmlObject object = cursor.getObject();
                if (name.equals("commentRangeStart")) {
                    String id = cursor.getAttributeText(new javax.xml.namespace.QName(
                            "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "id"));
                    open.add(id);
                    texts.put(id, new StringBuilder());
                } else if (name.equals("commentRangeEnd")) {
                    open.remove(cursor.getAttributeText(new javax.xml.namespace.QName(
                            "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "id")));
                } else if (name.equals("t")) {
                    String t = object.newCursor().getTextValue();
                    open.forEach(id -> texts.get(id).append(t));
                }
            }
        }
        return texts;
    }

    @Test
    void appendixHasTheNotesGlossaryAndTheFindings() {
        XWPFTable findings = document.getTables().get(document.getTables().size() - 1);
        assertEquals(check.findings().size() + 1, findings.getRows().size());
        assertEquals("location", findings.getRow(0).getCell(0).getText());
        XWPFTable glossary = document.getTables().get(document.getTables().size() - 2);
        assertTrue(glossary.getRows().stream().anyMatch(r -> r.getCell(0).getText().equals("reasoning")
                && r.getCell(1).getText().equals("推理") && r.getCell(2).getText().equals("term")));
    }

    @Test
    void libreOfficeRendersBothScripts(@TempDir Path dir) throws Exception {
        boolean present = new ProcessBuilder("sh", "-c", "command -v soffice && command -v pdftotext").start().waitFor() == 0;
        if (!present) {
            System.out.println("SKIPPED: LibreOffice (soffice) or pdftotext is not installed; the DOCX is not rendered");
        }
        assumeTrue(present, "soffice and pdftotext absent");
        Path docx = dir.resolve("seed.docx");
        Files.write(docx, bytes);
        Process convert = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()).redirectErrorStream(true).start();
        assertTrue(convert.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        Process text = new ProcessBuilder("pdftotext", dir.resolve("seed.pdf").toString(), "-").start();
        String pdf = new String(text.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(pdf.contains("开场与宏观判断"), "Chinese rendered");
        assertTrue(pdf.contains("Jerry Tworek") && pdf.contains("reward model"), "English rendered");
    }
}
