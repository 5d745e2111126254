package io.bitext.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.check.Finding;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.xliff.Unit;
import io.bitext.xliff.Units;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's review document, opened with POI and read as XML. */
class DocxExportTest {
    static Note note;
    static CheckResult check;
    static byte[] bytes;
    static XWPFDocument document;
    static String body;
    static Alignment alignment;
    static GlossaryMatcher matcher;

    @BeforeAll
    static void export() throws Exception {
        note = NoteReader.read(TestNotes.SEED);
        Glossary glossary = Glossary.load(java.nio.file.Path.of("glossary"));
        alignment = Aligner.align(note);
        check = new Checker(glossary).check(note, alignment, CheckConfig.defaults(), null);
        bytes = DocxExport.write(new DocxExport.Input(note, alignment, check, matcher = GlossaryMatcher.of(glossary), Map.of()), false);
        document = new XWPFDocument(new ByteArrayInputStream(bytes));
        body = part("/word/document.xml");
    }

    static String part(String name) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
             InputStream in = pkg.getPart(PackagingURIHelper.createPartName(name)).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<XWPFTableRow> reviewRows() {
        List<XWPFTableRow> rows = new ArrayList<>();
        for (XWPFTable table : document.getTables()) {
            if (table.getRow(0).getCell(0).getText().equals("ID")) {
                rows.addAll(table.getRows().subList(1, table.getRows().size()));
            }
        }
        return rows;
    }

    @Test
    void oneRowPerXliffUnitWithItsIdLabelsInTheirBlocksRow() {
        List<String> ids = reviewRows().stream().map(r -> r.getCell(0).getText()).toList();
        assertEquals(Units.of(note).stream().filter(u -> !u.isLabel()).map(Unit::id).toList(), ids);
        XWPFTableRow codex = reviewRows().stream().filter(r -> r.getCell(1).getText().startsWith("Jared Faraic（Jerry）：我们确实大量用 CodeX"))
                .findFirst().orElseThrow();
        assertTrue(codex.getCell(3).getText().contains("glossary.forbidden: ‘CodeX’ → Codex"), codex.getCell(3).getText());
        assertTrue(codex.getCell(2).getText().contains("Codex"), "the term list when there is no English");
        assertFalse(body.contains("保留英文"), "a term kept in English is listed bare");
    }

    @Test
    void sectionHeadingsWithTimeRangesStandBetweenTheTables() {
        List<String> headings = document.getParagraphs().stream().filter(p -> Styles.HEADING_2.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertEquals("开场与宏观判断：O3、ChatGPT-5、以及“唯一一次的历史时刻”（00:00:00 - 00:00:32）", headings.get(0));
        assertEquals("收尾（01:15:20 - 01:16:03）", headings.get(19));
        assertEquals("Bitext", document.getProperties().getCoreProperties().getCreator());
        assertEquals(note.title(), document.getProperties().getCoreProperties().getTitle());
    }

    /** Every table's grid, and every cell's width equal to its column's, header and body alike. */
    @Test
    void everyTableHasAGridThatItsCellsAgreeWith() {
        Matcher table = Pattern.compile("<w:tbl>(.*?)</w:tbl>", Pattern.DOTALL).matcher(body);
        int tables = 0;
        while (table.find()) {
            tables++;
            List<Integer> grid = widths(table.group(1), "<w:gridCol w:w=\"(\\d+)\"");
            assertEquals(9638, grid.stream().mapToInt(Integer::intValue).sum(), "the grid fills the text width");
            Matcher row = Pattern.compile("<w:tr>(.*?)</w:tr>", Pattern.DOTALL).matcher(table.group(1));
            while (row.find()) {
                assertEquals(grid, widths(row.group(1), "<w:tcW w:w=\"(\\d+)\""), "a row's cells match the grid");
            }
        }
        assertEquals(document.getTables().size(), tables);
        assertTrue(body.contains("<w:tblLayout w:type=\"fixed\"/>"));
    }

    private static List<Integer> widths(String xml, String regex) {
        List<Integer> widths = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(xml);
        while (m.find()) {
            widths.add(Integer.parseInt(m.group(1)));
        }
        return widths;
    }

    @Test
    void noFieldToUpdateAndFontsWithFallbacks() throws Exception {
        assertFalse(part("/word/settings.xml").contains("updateFields"));
        assertFalse(body.contains("TOC "), "the contents are written out, not a field");
        assertTrue(body.contains("w:anchor=\"bitext_g3\""), "contents entries link to their headings");
        String styles = part("/word/styles.xml");
        assertTrue(styles.contains("w:ascii=\"Calibri\"") && styles.contains("w:eastAsia=\"Microsoft YaHei\""), styles);
        String fonts = part("/word/fontTable.xml");
        assertTrue(fonts.contains("PingFang SC") && fonts.contains("Noto Sans CJK SC") && fonts.contains("Liberation Sans"), fonts);
    }

    @Test
    void aCommentAtEveryPlaceAFindingNames() {
        int places = check.findings().stream().mapToInt(f -> f.places().size()).sum();
        assertEquals(places, document.getDocComments().getComments().size());
        Finding speaker = check.findings().stream().filter(f -> f.rule().equals("names.title-mismatch")).findFirst().orElseThrow();
        assertTrue(speaker.places().size() > 1, "the misspelled speaker stands on many turns");
        for (int id = 0; id < places; id++) {
            assertTrue(body.contains("<w:commentRangeStart w:id=\"" + id + "\"/>") && body.contains("<w:commentReference w:id=\"" + id + "\"/>"),
                    "comment " + id + " is anchored");
        }
    }

    @Test
    void glossaryRowsAreNotRepeated() {
        XWPFTable glossary = document.getTables().get(document.getTables().size() - 2);
        Set<String> english = new HashSet<>();
        for (XWPFTableRow row : glossary.getRows().subList(1, glossary.getRows().size())) {
            assertTrue(english.add(io.bitext.text.TermKey.of(row.getCell(0).getText())), "repeated: " + row.getCell(0).getText());
        }
        assertTrue(glossary.getRows().stream().anyMatch(r -> r.getCell(0).getText().equals("reasoning")
                && r.getCell(1).getText().equals("推理") && r.getCell(2).getText().equals("term")));
        XWPFTable findings = document.getTables().get(document.getTables().size() - 1);
        assertEquals(check.findings().size() + 1, findings.getRows().size());
    }

    @Test
    void marksAreFormattingAndTermsCarryTheTermStyle() {
        assertTrue(body.contains("<w:highlight w:val=\"yellow\"/></w:rPr><w:t>送完孩子上学后"), "==highlight==");
        assertTrue(body.contains("<w:rStyle w:val=\"BitextTerm\"/></w:rPr><w:t>reward model</w:t>"));
        assertNotNull(document.getStyles().getStyle(Styles.TERM));
        assertFalse(body.contains("==送完孩子") || body.contains("**“reasoning"), "marks are formatting, not text");
    }

    @Test
    void theSessionsUnitsAndTermsGiveTheSameDocument() throws Exception {
        byte[] given = DocxExport.write(new DocxExport.Input(note, alignment, check, matcher, Map.of())
                .with(Units.of(note), io.bitext.session.Session.blockTerms(note, matcher)), false);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(given));
             InputStream in = pkg.getPart(PackagingURIHelper.createPartName("/word/document.xml")).getInputStream()) {
            assertEquals(body, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
