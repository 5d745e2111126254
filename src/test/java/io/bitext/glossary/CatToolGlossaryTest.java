package io.bitext.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.error.BitextException;
import io.bitext.xml.XmlDocument;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The glossary files translators' tools take: TBX 2, the three-column CSV, and what XML cannot carry. */
class CatToolGlossaryTest {
    private static final List<Entry> CURATED = Glossary.load(Path.of("glossary")).entries();
    private static final Entry HOSTILE = new Entry("hostile", "=HYPERLINK(\"http://x\",\"y\")", List.of("@SUM(1+1)"), List.of(),
            "+cmd|' /C calc'!A0", List.of("-2+3", "'=already"), List.of(), TermType.TERM, "\tnote with a tab", "", "");

    @Test
    void tbx2IsMartifWithoutANamespaceAndReadsBackToTheSameEntries() {
        String tbx = new String(Tbx2Glossary.write(CURATED), StandardCharsets.UTF_8);
        assertTrue(tbx.contains("<martif type=\"TBX-Basic\" xml:lang=\"en\">"), tbx.substring(0, 200));
        assertFalse(tbx.contains("xmlns"), "TBX 2 (2008) has no namespace");
        assertFalse(tbx.contains("<!DOCTYPE"));
        assertTrue(tbx.contains("<tig><term>强化学习</term><termNote type=\"termType\">fullForm</termNote>"
                + "<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></tig>"), "a known concept");
        List<Entry> back = TbxGlossary.read(new ByteArrayInputStream(tbx.getBytes(StandardCharsets.UTF_8)), "g.tbx");
        assertEquals(CURATED.size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            assertTrue(CURATED.get(i).sameContent(back.get(i)), CURATED.get(i) + " ≠ " + back.get(i));
        }
    }

    @Test
    void catCsvIsSourceTargetNoteWithTheLanguagesInItsHeader() throws Exception {
        String csv = CatCsvGlossary.write(CURATED);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertEquals(List.of("zh-CN", "en", "note"), rows.get(0).toList());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("强化学习") && r.get(1).equals("reinforcement learning")), csv.substring(0, 300));
        assertTrue(rows.stream().allMatch(r -> r.size() == 3));
        assertTrue(rows.stream().noneMatch(r -> r.get(0).matches("[a-z][a-z0-9._-]*") && r.get(1).equals(r.get(0)) && !r.get(0).equals(r.get(1).strip())),
                "no id column");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
        for (String csv : List.of(CatCsvGlossary.write(List.of(HOSTILE)), CsvGlossary.write(List.of(HOSTILE)))) {
            for (CSVRecord row : CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords()) {
                for (String cell : row) {
                    assertFalse(cell.matches("(?s)[=+\\-@\\t\\r].*"), "a cell a spreadsheet would run: " + cell);
                }
            }
            assertTrue(csv.startsWith("\""), "every cell is quoted");
        }
        assertTrue(CatCsvGlossary.write(List.of(HOSTILE)).contains("\"'+cmd|' /C calc'!A0\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
        Entry back = CsvGlossary.parse(CsvGlossary.write(List.of(HOSTILE)), "g.csv").get(0);
        assertEquals(HOSTILE.en(), back.en());
        assertEquals(HOSTILE.zh(), back.zh());
        assertEquals(HOSTILE.zhAdmitted(), back.zhAdmitted(), "an apostrophe the cell had is kept");
        assertEquals(HOSTILE.enAdmitted(), back.enAdmitted());
    }

    @Test
    void xmlWritersRefuseWhatXmlCannotCarry() {
        Entry escape = new Entry("esc", "a\u001Bb", List.of(), List.of(), "甲", List.of(), List.of(), TermType.TERM, "vertical\u000Btab", "", "");
        for (GlossaryFiles.Format format : List.of(GlossaryFiles.Format.tbx, GlossaryFiles.Format.tbx2)) {
            BitextException e = assertThrows(BitextException.class, () -> GlossaryFiles.write(List.of(escape), format));
            assertTrue(e.getMessage().matches(".*character U\\+00(1B|0B) after .* cannot be carried by XML 1.0.*"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
        assertThrows(BitextException.class, () -> XmlDocument.write("t", xml -> {
            xml.writeStartElement("a");
            xml.writeAttribute("b", "lone \uD800 surrogate");
        }));
        assertThrows(BitextException.class, () -> XmlDocument.write("t", xml -> xml.writeCharacters("\uFFFE")));
        byte[] fine = XmlDocument.write("t", xml -> {
            xml.writeStartElement("a");
            xml.writeCharacters("tab\tline\n😀 emoji");
            xml.writeEndElement();
        });
        assertTrue(new String(fine, StandardCharsets.UTF_8).contains("tab\tline\n😀 emoji"));
    }
}
