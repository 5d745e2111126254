package io.bitext.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.error.BitextException;
import io.bitext.TestCli;
import io.bitext.TestNotes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XliffImportTest {
    @TempDir
    Path dir;

    private String pseudoXliff(String version) {
        String[] r = TestCli.run("export", TestNotes.SEED.toString(), "--xliff", dir.resolve("p.xlf").toString(),
                "--xliff-version", version, "--pseudo");
        assertEquals("0", r[0], r[2]);
        try {
            return Files.readString(dir.resolve("p.xlf"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private Merge merge(String xlf) {
        return Merge.of(XliffReader.read(new ByteArrayInputStream(xlf.getBytes(StandardCharsets.UTF_8)), "t.xlf"), "t.xlf");
    }

    @Test
    void brokenCodesInATargetFailThatUnitOnly() {
        String xlf = pseudoXliff("1.2");
        int target = xlf.indexOf("<target");
        while (!xlf.substring(target, xlf.indexOf("</target>", target)).contains("<ept id=\"1\">==</ept>")) {
            target = xlf.indexOf("<target", target + 1);
        }
        String unitId = xlf.substring(xlf.lastIndexOf("<trans-unit id=\"", target) + 16, xlf.indexOf('"', xlf.lastIndexOf("<trans-unit id=\"", target) + 16));
        int end = xlf.indexOf("</target>", target);
        String targetXml = xlf.substring(target, end);
        assertTrue(targetXml.contains("<ept id=\"1\">"), targetXml);

        Merge missing = merge(xlf.substring(0, target) + targetXml.replaceFirst("<ept id=\"1\">==</ept>", "") + xlf.substring(end));
        assertEquals(List.of("t.xlf: unit " + unitId + ", segment 1: code 1 (‘==’) is missing; the segment keeps its source"), missing.errors());

        Merge duplicated = merge(xlf.substring(0, target) + targetXml.replaceFirst("(<ept id=\"1\">==</ept>)", "$1$1") + xlf.substring(end));
        assertEquals(List.of("t.xlf: unit " + unitId + ", segment 1: code 1 is duplicated; the segment keeps its source"), duplicated.errors());

        String swapped = targetXml.replaceFirst("<bpt id=\"1\" ctype=\"x-highlight\">==</bpt>", "\u0000")
                .replaceFirst("<ept id=\"1\">==</ept>", "<bpt id=\"1\" ctype=\"x-highlight\">==</bpt>").replace("\u0000", "<ept id=\"1\">==</ept>");
        Merge reordered = merge(xlf.substring(0, target) + swapped + xlf.substring(end));
        assertTrue(reordered.errors().get(0).contains("unit " + unitId + ", segment 1: code 1 is reordered"), reordered.errors().toString());
        String block = reordered.note().blocks().get(Integer.parseInt(unitId.substring(1))).text().cut(reordered.note().text());
        assertTrue(reordered.text().contains(block), "the unit fell back to its source");
        assertTrue(reordered.text().contains("推推理理"), "the other units are translated");
    }

    @Test
    void importCommandWritesTheEnglishNoteAndTheTargets() throws Exception {
        pseudoXliff("2.1");
        String[] r = TestCli.run("import", dir.resolve("p.xlf").toString());
        assertEquals("0", r[0], r[2]);
        Path english = dir.resolve("000_a3c508f15ff8c1eb.en.md");
        String merged = Files.readString(english);
        assertTrue(merged.contains("**Matt Turk**：我我是是 MMaatttt TTuurrkk"), "speakers stay, text is translated: " + merged.substring(0, 400));
        assertTrue(Files.exists(dir.resolve("000_a3c508f15ff8c1eb.targets.json")));
        assertTrue(r[1].contains("98 units translated, 0 untranslated, 0 not merged"), "82 blocks and 16 labels: " + r[1]);
    }

    @Test
    void tmxHoldsTheTermPairsAndAfterAnImportTheTranslatedBlocks() throws Exception {
        Path tmx = dir.resolve("terms.tmx");
        assertEquals("0", TestCli.run("export", TestNotes.SEED.toString(), "--tmx", tmx.toString(), "-o", dir.toString())[0]);
        String terms = Files.readString(tmx);
        assertTrue(terms.contains("<tuv xml:lang=\"zh-CN\"><seg>推理</seg></tuv><tuv xml:lang=\"en\"><seg>reasoning</seg></tuv>"), terms);
        assertFalse(terms.contains("segment b"));
        pseudoXliff("1.2");
        assertEquals("0", TestCli.run("import", dir.resolve("p.xlf").toString())[0]);
        assertEquals("0", TestCli.run("export", TestNotes.SEED.toString(), "--tmx", tmx.toString(), "-o", dir.toString())[0]);
        String after = Files.readString(tmx);
        assertTrue(after.contains("<prop type=\"x-kind\">segment b22</prop>"), after.substring(0, 600));
        assertTrue(after.contains("<seg>高高层层上上，"), "translated blocks become translation units");
    }

    @Test
    void externalEntitiesAreRefusedAndNothingIsRead() throws Exception {
        Path evil = dir.resolve("evil.xlf");
        Files.writeString(evil, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file original=\"a.md\" source-language=\"zh-CN\" "
                + "datatype=\"x-markdown\"><body><trans-unit id=\"b1\"><source>x</source><target>&e;</target></trans-unit></body></file></xliff>");
        String[] r = TestCli.run("import", evil.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("bitext: " + evil), r[2]);
        assertTrue(r[2].contains("DOCTYPE"), r[2]);
        assertFalse(r[2].contains("root:"), "nothing of /etc/passwd is read");
        assertEquals(1, r[2].strip().lines().count(), "one line, no stack trace");
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file><body>&lol2;</body></file></xliff>";
        assertThrows(BitextException.class, () -> XliffReader.read(new ByteArrayInputStream(bomb.getBytes(StandardCharsets.UTF_8)), "bomb.xlf"));
    }

    @Test
    void truncatedOrForeignXliffIsAClearError() throws Exception {
        String xlf = pseudoXliff("1.2");
        Path cut = dir.resolve("cut.xlf");
        Files.write(cut, Arrays.copyOf(xlf.getBytes(StandardCharsets.UTF_8), xlf.length() / 2));
        String[] r = TestCli.run("import", cut.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("bitext: " + cut + ":"), r[2]);
        Path foreign = dir.resolve("foreign.xlf");
        Files.writeString(foreign, "<xliff xmlns=\"urn:example:other\" version=\"1.2\"/>");
        assertTrue(TestCli.run("import", foreign.toString())[2].contains("not XLIFF 1.2 or 2.x"));
        Path noSkeleton = dir.resolve("other-tool.xlf");
        Files.writeString(noSkeleton, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file original=\"a\" source-language=\"en\" datatype=\"plaintext\"><body/></file></xliff>");
        assertTrue(TestCli.run("import", noSkeleton.toString())[2].contains("no skeleton"));
    }

    @Test
    void crlfNotesKeepTheirLineEndsThroughXliff() throws Exception {
        byte[] crlf = "## 全文\r\n### 话题（00:00:01 - 00:00:09）\r\n**Ann**：第一行\r\n第二行 **粗体**\r\n".getBytes(StandardCharsets.UTF_8);
        for (String version : List.of("1.2", "2.1")) {
            Merge merge = XliffRoundTripTest.roundTrip(crlf, "crlf.md", version,
                    XliffRoundTripTest.targetsEqualToSources(io.bitext.note.NoteReader.parse("crlf.md", crlf)));
            assertArrayEquals(crlf, merge.bytes(), version);
        }
    }
}
