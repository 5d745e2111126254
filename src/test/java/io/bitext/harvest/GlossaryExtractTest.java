package io.bitext.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.cli.Main;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.TsvGlossary;
import io.bitext.note.NoteReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryExtractTest {
    @TempDir
    Path dir;

    private static int run(String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void candidatesAreCountedAndMarkedWhenKnown() {
        List<Candidate> found = GlossaryHarvester.harvest(List.of(io.bitext.session.Setup.defaults().open(TestNotes.SEED)),
                Glossary.load(Path.of("glossary")));
        Candidate reasoning = found.stream().filter(c -> c.english().equals("reasoning")).findFirst().orElseThrow();
        assertEquals("推理", reasoning.rendering());
        assertEquals(12, reasoning.count());
        assertEquals("reasoning", reasoning.known().id());
        Candidate scaleUp = found.stream().filter(c -> c.english().equals("scale-up run")).findFirst().orElseThrow();
        assertTrue(scaleUp.isNew());
        assertEquals(List.of("scale-up runs"), scaleUp.others());
        assertTrue(scaleUp.context().contains("scale-up runs（放大实验）"), scaleUp.context());
        assertTrue(found.stream().noneMatch(c -> c.english().equals("vs")));
    }

    @Test
    void mergeKeepsHandEditedRowsByteForByteAndAppendsOnlyNewCandidates() throws Exception {
        Path tsv = dir.resolve("mine.tsv");
        String mine = "id\ten\ten_admitted\ten_forbidden\tzh\tzh_admitted\tzh_forbidden\ttype\tnote\tstatus\r\n"
                + "# my own rows\r\n"
                + "scale-up-run\tscale-up run\t\t\t放大实验（扩展训练）\t\t\tterm\tedited by hand  \t\r\n"
                + "treat\ttreat\t\t\t奖励零食\t\t\tterm\t\t";
        Files.writeString(tsv, mine);
        assertEquals(0, run("glossary", "extract", TestNotes.SEED.toString(), "-g", "glossary", "-o", tsv.toString()));
        String merged = Files.readString(tsv);
        assertTrue(merged.startsWith(mine + "\n"), "hand-edited rows changed");
        List<Entry> rows = TsvGlossary.parse(merged, "mine.tsv");
        assertEquals(1, rows.stream().filter(e -> e.en().equals("scale-up run")).count());
        Entry ui = rows.stream().filter(e -> e.en().equals("UI")).findFirst().orElseThrow();
        assertEquals("candidate", ui.status());
        assertTrue(ui.note().startsWith("1× in 000_a3c508f15ff8c1eb.txt: "), ui.note());
        assertFalse(rows.stream().anyMatch(e -> e.en().equals("reasoning")), "known terms are not appended");

        assertEquals(0, run("glossary", "extract", TestNotes.SEED.toString(), "-g", "glossary", "-o", tsv.toString()));
        assertEquals(merged, Files.readString(tsv), "a second run appends nothing");
    }

    @Test
    void exportImportCommandsRoundTrip() throws Exception {
        Path tbx = dir.resolve("g.tbx");
        Path back = dir.resolve("back.tsv");
        assertEquals(0, run("glossary", "export", "--format", "tbx", "-o", tbx.toString()));
        assertEquals(0, run("glossary", "import", tbx.toString(), "-o", back.toString()));
        Glossary original = Glossary.load(Path.of("glossary"));
        Glossary reread = Glossary.load(back);
        assertEquals(original.size(), reread.size());
        Entry o3 = reread.byId("o3");
        assertNotNull(o3);
        assertTrue(o3.sameContent(original.byId("o3")));
        assertEquals(2, run("glossary", "import", dir.resolve("missing.tbx").toString()));
        assertEquals(0, run("glossary", "validate"));
    }

    @Test
    void aTbxConceptIdTheGlossaryCannotHoldIsImportedAsOneThatValidates() throws Exception {
        Path tbx = dir.resolve("ids.tbx");
        Files.writeString(tbx, "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body><conceptEntry id=\"1 bad!x\">"
                + "<langSec xml:lang=\"en\"><termSec><term>frobnicator</term></termSec></langSec>"
                + "<langSec xml:lang=\"zh\"><termSec><term>搅拌器</term></termSec></langSec></conceptEntry></body></text></tbx>");
        Path tsv = dir.resolve("ids.tsv");
        assertEquals(0, run("glossary", "import", tbx.toString(), "-o", tsv.toString()));
        assertTrue(Files.readString(tsv).contains("\nt-1-bad-x\tfrobnicator\t"), Files.readString(tsv));
        assertEquals(0, run("glossary", "validate", "-g", tsv.toString()));
    }

    @Test
    void extendingATsvKeepsItsByteOrderMark() throws Exception {
        Path tsv = dir.resolve("bom.tsv");
        String header = "id\ten\ten_admitted\ten_forbidden\tzh\tzh_admitted\tzh_forbidden\ttype\tnote\tstatus\n";
        Files.writeString(tsv, "\uFEFF" + header + "treat\ttreat\t\t\t奖励零食\t\t\tterm\t\t\n");
        assertEquals(0, run("glossary", "extract", TestNotes.SEED.toString(), "-g", "glossary", "-o", tsv.toString()));
        byte[] bytes = Files.readAllBytes(tsv);
        assertEquals("\uFEFF" + header + "treat", new String(bytes, 0, 3 + header.length() + 5, StandardCharsets.UTF_8));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).indexOf('\uFEFF', 1) < 0, "one mark, at the start");
        assertTrue(Files.readString(tsv).contains("\tscale-up run\t"), "candidates were appended");
        Path plain = dir.resolve("plain.tsv");
        Files.writeString(plain, header);
        assertEquals(0, run("glossary", "extract", TestNotes.SEED.toString(), "-g", "glossary", "-o", plain.toString()));
        assertEquals('i', Files.readString(plain).charAt(0), "no mark where there was none");
    }
}
