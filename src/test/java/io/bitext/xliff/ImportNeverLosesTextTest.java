package io.bitext.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestCli;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a CAT tool's target can disagree with the source keeps the source's text where the target
 * lacks it, and is reported with the unit and the segment; the command exits 1.
 */
class ImportNeverLosesTextTest {
    /** Two headings (units b0, b1) and a turn of four sentences (unit b2). */
    private static final String NOTE = "## 全文\n### 话题一\n**Ann**：第一句。第二句。第三句。第四句。\n";

    @TempDir
    Path dir;

    private static String xliff(String version) {
        byte[] bytes = NOTE.getBytes(StandardCharsets.UTF_8);
        Note note = NoteReader.parse("n.md", bytes);
        assertEquals(4, Units.of(note).stream().filter(u -> u.id().equals("b2")).findFirst().orElseThrow().segments().size());
        return new String(XliffExport.write(note, bytes, null, version, "en", Map.of()), StandardCharsets.UTF_8);
    }

    /** The 1.2 file with unit b2's target replaced by {@code segments} (the content of {@code <target>}). */
    private static String withTarget(String segments) {
        String xlf = xliff("1.2");
        int unit = xlf.indexOf("<trans-unit id=\"b2\"");
        int from = xlf.indexOf("<target", unit);
        int to = xlf.indexOf("</target>", from) + "</target>".length();
        return xlf.substring(0, from) + "<target xml:lang=\"en\" state=\"translated\">" + segments + "</target>" + xlf.substring(to);
    }

    private static String seg(int mid, String text) {
        return "<mrk mtype=\"seg\" mid=\"" + mid + "\">" + text + "</mrk>";
    }

    private static Merge merge(String xlf) {
        return Merge.of(XliffReader.read(new ByteArrayInputStream(xlf.getBytes(StandardCharsets.UTF_8)), "t.xlf"), "t.xlf");
    }

    @Test
    void missingSegmentsKeepTheirSourceAndAreReported() {
        Merge merge = merge(withTarget(seg(1, "One.") + seg(3, "Three.")));
        assertTrue(merge.text().contains("**Ann**：One.第二句。Three.第四句。"), merge.text());
        assertEquals(List.of("t.xlf: unit b2, segment 2: is missing from the target; the segment keeps its source",
                "t.xlf: unit b2, segment 4: is missing from the target; the segment keeps its source"), merge.errors());
        assertEquals(List.of("b2"), List.copyOf(merge.targets().keySet()), "the segments there are merged");
    }

    @Test
    void emptySegmentsKeepTheirSourceAndAreReported() {
        Merge merge = merge(withTarget(seg(1, "One.") + seg(2, "") + seg(3, "  ") + seg(4, "Four.")));
        assertTrue(merge.text().contains("One.第二句。第三句。Four."), merge.text());
        assertEquals(List.of("t.xlf: unit b2, segment 2: is empty in the target; the segment keeps its source",
                "t.xlf: unit b2, segment 3: is empty in the target; the segment keeps its source"), merge.errors());
    }

    @Test
    void unknownRepeatedAndStraySegmentsAreReportedWithTheirText() {
        Merge merge = merge(withTarget(seg(1, "One.") + seg(2, "Two.") + seg(2, "Again.") + seg(3, "Three.") + seg(4, "Four.")
                + seg(9, "Nine.") + "stray"));
        assertTrue(merge.text().contains("One.Two.Three.Four."), merge.text());
        assertEquals(List.of("t.xlf: unit b2, segment 2: appears twice; the second, ‘Again.’, was not merged",
                "t.xlf: unit b2, segment 9: is not in the source; its text ‘Nine.’ was not merged",
                "t.xlf: unit b2: text outside the segments, ‘stray’, was not merged"), merge.errors());
    }

    @Test
    void aTargetWithoutSegmentMarksIsTheWholeUnit() {
        Merge merge = merge(withTarget("All four."));
        assertEquals(List.of(), merge.errors());
        assertTrue(merge.text().contains("**Ann**：All four.\n"), merge.text());
    }

    @Test
    void xliff21TargetsOnSomeSegmentsOnly() {
        String xlf = xliff("2.1").replace("<segment id=\"b2-s2\">", "<segment id=\"b2-s2\" state=\"translated\">")
                .replaceFirst("(<segment id=\"b2-s2\"[^>]*><source>[^<]*</source>)", "$1<target>Two.</target>")
                .replaceFirst("(<segment id=\"b2-s4\"><source>[^<]*</source>)", "$1<target>Four.</target>");
        Merge merge = merge(xlf);
        assertTrue(merge.text().contains("**Ann**：第一句。Two.第三句。Four.\n"), merge.text());
        assertEquals(List.of("t.xlf: unit b2, segment 1: is missing from the target; the segment keeps its source",
                "t.xlf: unit b2, segment 3: is missing from the target; the segment keeps its source"), merge.errors());
    }

    @Test
    void aCopyOfTheSourceCountsAsTranslatedOnlyWhenItsStateSaysSo() {
        Merge copies = merge(xliff("1.2"));
        assertEquals(List.of(), copies.errors());
        assertEquals(List.of(), List.copyOf(copies.targets().keySet()), "needs-translation copies are not translations");
        assertEquals(List.of("b0", "b1", "b2"), copies.untranslated());
        assertEquals(NOTE, copies.text());
        Merge kept = merge(withTarget(seg(1, "第一句。") + seg(2, "第二句。") + seg(3, "第三句。") + seg(4, "第四句。")));
        assertEquals(List.of("b2"), List.copyOf(kept.targets().keySet()), "state translated: the translator kept the text");
        assertEquals(NOTE, kept.text());
    }

    @Test
    void unitsTheNoteLacksAreReported() {
        String xlf = xliff("1.2").replace("<trans-unit id=\"b1\"", "<trans-unit id=\"b77\"");
        Merge merge = merge(xlf.replaceFirst("(<trans-unit id=\"b77\"[^>]*>.*?<target[^>]*>)<mrk mtype=\"seg\" mid=\"1\">[^<]*",
                "$1<mrk mtype=\"seg\" mid=\"1\">Topic one"));
        assertEquals(List.of("t.xlf: unit b77: is not in the note; its target ‘Topic one’ was not merged"), merge.errors());
        assertEquals(NOTE, merge.text(), "b1 keeps its source");
    }

    @Test
    void aTranslatorsTextIsEscapedWhereMarkdownWouldReadItAsMarkup() {
        Merge merge = merge(withTarget(seg(1, "A &lt;sic&gt; tag, ") + seg(2, "**not bold**, ") + seg(3, "==no mark==, [[no link]] ")
                + seg(4, "&amp;amp; a_b _c_ &amp; done.")));
        assertEquals(List.of(), merge.errors());
        assertTrue(merge.text().contains("**Ann**：A \\<sic> tag, \\*\\*not bold\\*\\*, \\==no mark\\==, \\[\\[no link\\]\\] \\&amp; a_b \\_c\\_ & done.\n"),
                merge.text());
        Merge heading = merge(xliff("1.2").replaceFirst("(<trans-unit id=\"b1\".*?<target[^>]*>)<mrk mtype=\"seg\" mid=\"1\">[^<]*",
                "$1<mrk mtype=\"seg\" mid=\"1\"># 1. Topic"));
        assertTrue(heading.text().contains("### \\# 1. Topic\n"), heading.text());
    }

    @Test
    void importCommandReportsEachProblemOnOneLineWritesTheNoteAndExitsOne() throws Exception {
        Path xlf = dir.resolve("n.xlf");
        Files.writeString(xlf, withTarget(seg(1, "One.") + seg(3, "Three.")));
        String[] r = TestCli.run("import", xlf.toString());
        assertEquals("1", r[0], r[1] + r[2]);
        assertEquals(List.of("bitext: " + xlf + ": unit b2, segment 2: is missing from the target; the segment keeps its source",
                "bitext: " + xlf + ": unit b2, segment 4: is missing from the target; the segment keeps its source"), r[2].lines().toList());
        assertTrue(r[1].contains("1 units translated, 2 untranslated (b0, b1), 2 not merged"), r[1]);
        assertTrue(Files.readString(dir.resolve("n.en.md")).contains("One.第二句。Three.第四句。"), "no text is lost");
    }
}
