package io.bitext.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestCli;
import io.bitext.TestNotes;
import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.docx.DocxExport;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptAlignerTest {
    static final Note NOTE = NoteReader.read(TestNotes.SEED);
    static final Alignment ALIGNMENT = Aligner.align(NOTE);
    static final Transcript SRT = TranscriptReader.read(TranscriptReaderTest.DIR.resolve("seed.srt"));

    @TempDir
    Path dir;

    @Test
    void byTimeWithDriftGapsAndASponsorRead() {
        TranscriptAlignment aligned = TranscriptAligner.align(NOTE, ALIGNMENT, SRT);
        assertEquals("time", aligned.method());
        assertEquals(20, aligned.stretches().size());
        Stretch first = aligned.section(1);
        assertEquals(0, first.from());
        assertEquals(2, first.to());
        // cue 22 starts at 00:47:52 inside §17 (00:47:51 - 00:48:00); cue 3 at 00:00:33, a second into §2
        assertEquals(21, aligned.section(17).from());
        assertEquals(2, aligned.section(2).from());
        assertEquals(List.of(10), aligned.unassigned(), "the sponsor read at 00:10:00 renders no section");
        assertTrue(aligned.section(7).assigned(), "after the skipped minutes, §7 starts again at 00:23:20");
        assertTrue(aligned.section(4).sentences().get(0).startsWith("Since you released o1"));
    }

    @Test
    void driftAtTheEdgesIsForgiven() {
        Transcript drifted = new Transcript("d.srt", "srt", List.of(
                new Cue(441, 478, null, "From o1 to o3 to GPT-5, a series of scale-up runs", 1),
                new Cue(482, 490, null, "and that is the whole story of the year", 2),        // 3 s after §6 ends at 00:07:59
                new Cue(900, 960, null, "A word from our sponsor", 3),                        // in the skipped minutes
                new Cue(1397, 1440, null, "After I drop my kids at school, I brainstorm", 4)));  // 3 s before §7 at 00:23:20
        TranscriptAlignment aligned = TranscriptAligner.align(NOTE, ALIGNMENT, drifted);
        assertEquals(0, aligned.section(6).from());
        assertEquals(2, aligned.section(6).to(), "a cue 3 s late still belongs to §6");
        assertEquals(3, aligned.section(7).from(), "a cue 3 s early already belongs to §7");
        assertEquals(List.of(2), aligned.unassigned());
    }

    @Test
    void contentAlignmentAgreesWithTimeAlignment() {
        TranscriptAlignment time = TranscriptAligner.align(NOTE, ALIGNMENT, SRT);
        List<Cue> unstamped = SRT.cues().stream().map(c -> new Cue(-1, -1, c.speaker(), c.text(), c.line())).toList();
        TranscriptAlignment content = TranscriptAligner.align(NOTE, ALIGNMENT, new Transcript("plain", "plain", unstamped));
        assertEquals("content", content.method());
        int agreeing = 0;
        for (int i = 0; i < time.stretches().size(); i++) {
            Stretch t = time.stretches().get(i);
            Stretch c = content.stretches().get(i);
            int overlap = Math.max(0, Math.min(t.to(), c.to()) - Math.max(t.from(), c.from()));
            if (overlap >= 0.8 * Math.max(1, t.to() - t.from())) {
                agreeing++;
            }
        }
        double share = (double) agreeing / time.stretches().size();
        System.out.printf("content vs time alignment: %d of %d sections overlap by 80%% or more (%.0f%%)%n", agreeing,
                time.stretches().size(), share * 100);
        assertTrue(share >= 0.8, "only " + share);
        assertTrue(content.unassigned().contains(10), "the sponsor read is left unassigned, not forced into a section");
    }

    @Test
    void aNoteWithoutTimeRangesIsAlignedByContent() {
        Note untimed = NoteReader.parse("untimed.md", "## 全文\n### 开场\n**Jerry**：o3 是一次 tectonic shift（构造断层式跃迁）\n"
                + "### 推理\n**Matt**：什么是 reasoning（推理）？是一种 search（搜索）\n");
        Transcript plain = TranscriptReader.read(TranscriptReaderTest.DIR.resolve("plain.txt"));
        TranscriptAlignment aligned = TranscriptAligner.align(untimed, Aligner.align(untimed), plain);
        assertEquals("content", aligned.method());
        assertEquals(0, aligned.section(1).from());
        assertTrue(aligned.section(2).from() >= 1 && aligned.section(2).to() == 3, aligned.toString());
        assertTrue(aligned.section(2).confidence() > 0.5);
    }

    @Test
    void theOriginalCatchesTheMisheardName() {
        TranscriptAlignment aligned = TranscriptAligner.align(NOTE, ALIGNMENT, SRT);
        Stretch.Miss miss = aligned.section(2).missing().stream().filter(m -> m.instead() != null).findFirst().orElseThrow();
        assertEquals("Jared Faraic", miss.term());
        assertEquals("Jerry Tworek", miss.instead());
        String[] r = TestCli.run("check", "--rules", "asr.transcript-mismatch", "--transcript",
                TranscriptReaderTest.DIR.resolve("seed.srt").toString(), TestNotes.SEED.toString());
        assertTrue(r[1].matches("(?s).*: the English original writes ‘Jerry Tworek’ at line \\d+ \\(\\d\\d:\\d\\d:\\d\\d\\) where the note writes ‘Jared Faraic’ \\[asr.transcript-mismatch].*"), r[1]);
        String[] without = TestCli.run("check", "--rules", "asr.transcript-mismatch", TestNotes.SEED.toString());
        assertFalse(without[1].contains("asr.transcript-mismatch"), "the rule needs --transcript");
    }

    @Test
    void theDocxShowsTheEnglishBesideEachTurn() throws Exception {
        Path docx = dir.resolve("t.docx");
        String[] r = TestCli.run("export", TestNotes.SEED.toString(), "--docx", docx.toString(), "--transcript",
                TranscriptReaderTest.DIR.resolve("seed.srt").toString());
        assertEquals("0", r[0], r[2]);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            var rows = document.getTables().stream().flatMap(t -> t.getRows().stream()).filter(row -> row.getTableCells().size() == 4).toList();
            var opening = rows.stream().filter(row -> row.getCell(0).getText().equals("b16")).findFirst().orElseThrow();
            assertTrue(opening.getCell(2).getText().startsWith("[00:00:01] Jerry Tworek: Honestly"), opening.getCell(2).getText());
            assertTrue(opening.getCell(3).getText().startsWith("原文 English original · 00:00:01"), opening.getCell(3).getText());
            long turns = rows.stream().filter(row -> row.getCell(3).getText().startsWith("原文")).count();
            assertTrue(turns >= 30, turns + " rows hold the English their turn summarises");
        }
        assertTrue(DocxExport.class.getSimpleName().length() > 0);
    }
}
