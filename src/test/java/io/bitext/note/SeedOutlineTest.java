package io.bitext.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.outline.Outline;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedOutlineTest {
    private final Note note = NoteReader.read(TestNotes.SEED);

    @Test
    void listsTheTwentyTimedSections() {
        List<Section> sections = note.sections();
        assertEquals(20, sections.size());
        assertEquals("开场与宏观判断：O3、ChatGPT-5、以及“唯一一次的历史时刻”", sections.get(0).title());
        assertEquals("00:00:00 - 00:00:32", sections.get(0).timeRange().display());
        assertEquals("收尾", sections.get(19).title());
        assertEquals("01:15:20 - 01:16:03", sections.get(19).timeRange().display());
        assertTrue(sections.stream().allMatch(s -> s.timeRange() != null));
    }

    @Test
    void keepsGlossInTitleAndTakesOnlyTheLastRange() {
        Section third = note.sections().get(2);
        assertEquals("什么是 reasoning（推理）", third.title());
        assertEquals(66, third.timeRange().startSeconds());
        assertEquals(151, third.timeRange().endSeconds());
        assertEquals("未尽之问：pre-training 是否 unsupervised（片段）", note.sections().get(16).title());
    }

    @Test
    void countsFortyOneTurnsOfTwoSpeakersAndNineKeyPoints() {
        Outline outline = Outline.of(note);
        assertEquals(41, outline.totalTurns());
        List<String> speakers = note.sections().stream().flatMap(s -> s.speakers().stream()).distinct().toList();
        assertEquals(List.of("Jared Faraic（Jerry）", "Matt Turk"), speakers);
        long keyPoints = note.blocks().stream().filter(b -> b.kind() == BlockKind.KEY_POINT).count();
        assertEquals(9, keyPoints);
        assertTrue(note.blocks().stream().filter(b -> b.kind() == BlockKind.KEY_POINT)
                .allMatch(b -> b.label().equals("加粗要点") && b.speaker() == null));
    }

    @Test
    void splitsSpeakerAlias() {
        Speaker jerry = note.sections().get(0).turns().get(0).speaker();
        assertEquals("Jared Faraic", jerry.name());
        assertEquals("Jerry", jerry.alias());
        assertEquals("Jared Faraic", note.source().cut(jerry.nameSpan()));
        assertEquals(24, jerry.nameSpan().line());
        assertEquals(3, jerry.nameSpan().column());
    }

    @Test
    void continuationLineStaysInItsTurn() {
        Section evolution = note.sections().get(13);
        assertEquals(1, evolution.turns().size());
        String text = note.source().cut(evolution.turns().get(0).text());
        assertTrue(text.contains("训练 GPT-4 时"), text);
    }

    @Test
    void readsCoverFrontMatterAndParts() {
        assertEquals("How GPT-5 Thinks — OpenAI VP of Research Jerry Tworek", note.title());
        assertEquals("https://www.youtube.com/watch?v=RqWIvvv3SnQ", note.cover().get("链接"));
        assertEquals("01:16:03", note.cover().get("覆盖时长"));
        assertEquals(Boolean.TRUE, note.frontMatter().values().get("dg-publish"));
        assertEquals(List.of(PartRole.COVER, PartRole.SUMMARY, PartRole.BODY, PartRole.OTHER),
                note.parts().stream().map(Part::role).toList());
        assertEquals("原始全文", note.body().title());
    }

    @Test
    void findsInlineMarksWithTheirContent() {
        Block first = note.sections().get(4).turns().get(1);
        Inline highlight = first.inlines().stream().filter(i -> i.kind() == InlineKind.HIGHLIGHT).findFirst().orElseThrow();
        assertEquals("“cheap、fast、good 只能三选二”，在语言模型上也成立", note.source().cut(highlight.content()));
        Block keyPoint = note.sections().get(8).blocks().get(2);
        assertEquals(BlockKind.KEY_POINT, keyPoint.kind());
        List<InlineKind> kinds = keyPoint.inlines().stream().map(Inline::kind).toList();
        assertEquals(List.of(InlineKind.BOLD, InlineKind.HIGHLIGHT), kinds);
        String plain = keyPoint.plainText(note.source()).text();
        assertEquals("“everyone knows everything（人人都知道一切）”与“极高的内部透明度”是研究团队的运行原则。", plain);
        Block contact = note.parts().get(3).blocks().get(0);
        Inline link = contact.inlines().get(0);
        assertEquals(InlineKind.LINK, link.kind());
        assertEquals("https://lee-agi.github.io/85ed64eda0/", link.target());
        assertNull(contact.speaker());
    }

    @Test
    void plainTextMapsEveryCharacterBackToItsSource() {
        for (Block block : note.blocks()) {
            var plain = block.plainText(note.source());
            for (int i = 0; i < plain.length(); i++) {
                assertEquals(plain.text().charAt(i), note.text().charAt(plain.sourceOffset(i)));
            }
        }
    }
}
