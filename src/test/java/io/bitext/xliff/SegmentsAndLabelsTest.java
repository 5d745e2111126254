package io.bitext.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.note.NoteReader;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Segments a translator can translate alone, and the Chinese labels an English note must not keep. */
class SegmentsAndLabelsTest {

    private static List<String> segments(String note, String unitId) {
        Unit unit = Units.of(NoteReader.parse("n.md", note)).stream().filter(u -> u.id().equals(unitId)).findFirst().orElseThrow();
        return unit.segments().stream().map(s -> s.stream().map(Part::original).reduce("", String::concat)).toList();
    }

    @Test
    void noSegmentEndsInsideBracketsOrQuotes() {
        assertEquals(List.of("他说达到目标。", "（RL包括人类反馈。还有环境反馈。）"),
                segments("## 摘要\n- 他说达到目标。（RL包括人类反馈。还有环境反馈。）\n", "b1"));
        assertEquals(List.of("他说：“第一句。第二句。”", "然后离开。"), segments("## 摘要\n- 他说：“第一句。第二句。”然后离开。\n", "b1"));
        assertEquals(List.of("书名《甲。乙》很好。", "完。"), segments("## 摘要\n- 书名《甲。乙》很好。完。\n", "b1"));
    }

    @Test
    void aNumberIsNotASegmentOfItsOwn() {
        assertEquals(List.of("1. 安装"), segments("## 全文\n### 1. 安装\n正文。\n", "b1"));
    }

    @Test
    void theSeedsBracketsStayWithTheirSentence() throws Exception {
        for (Unit unit : Units.of(NoteReader.parse("seed.txt", Files.readAllBytes(TestNotes.SEED)))) {
            for (List<Part> segment : unit.segments()) {
                String text = segment.stream().map(Part::original).reduce("", String::concat).strip();
                assertTrue(!text.endsWith("（") && !text.startsWith("）") && !text.endsWith("“"), unit.id() + ": " + text);
            }
        }
    }

    @Test
    void coverKeysAndKeyPointLabelsAreUnitsSpeakersAreNot() throws Exception {
        List<Unit> units = Units.of(NoteReader.parse("seed.txt", Files.readAllBytes(TestNotes.SEED)));
        List<String> labels = units.stream().filter(Unit::isLabel).map(Unit::original).distinct().toList();
        assertEquals(List.of("标题", "链接", "发布日期", "总字数", "预估阅读时长", "生成时间", "覆盖时长", "加粗要点"), labels);
        assertTrue(units.stream().filter(Unit::isLabel).allMatch(u -> u.kind().endsWith("-label")));
        assertTrue(units.stream().noneMatch(u -> u.original().equals("Matt Turk") || u.original().startsWith("Jared")), "names stay");
        Unit title = units.stream().filter(u -> u.original().equals("标题")).findFirst().orElseThrow();
        assertEquals("cover-entry-label", title.kind());
    }
}
