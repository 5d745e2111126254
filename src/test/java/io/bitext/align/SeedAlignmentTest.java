package io.bitext.align;

import io.bitext.text.TermKey;
import io.bitext.note.Excerpt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.term.TermOccurrence;
import io.bitext.term.TermPattern;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SeedAlignmentTest {
    private static final Note NOTE = NoteReader.read(TestNotes.SEED);
    private static final Alignment ALIGNMENT = Aligner.align(NOTE);

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            reasoning | 推理 | 3 | EN_ZH
            chain-of-thought | CoT | 3 | ABBREVIATION
            thinking | 思考 | 2 | EN_ZH
            search | 搜索 | 1 | EN_ZH
            next token prediction | 下一个 token 预测 | 2 | EN_ZH
            tectonic shift | 构造断层式跃迁 | 2 | EN_ZH
            scale-up runs | 放大实验 | 1 | EN_ZH
            observation | 观测 | 1 | EN_ZH
            action | 动作 | 1 | EN_ZH
            environment | 环境 | 1 | EN_ZH
            reward model | 奖励模型 | 1 | ZH_EN
            post-training | 训练后 | 1 | ZH_EN
            unsupervised learning | 无监督学习 | 1 | EN_ZH
            deep reinforcement learning | deep RL | 1 | ABBREVIATION
            reinforcement learning | RL | 1 | ABBREVIATION
            one-token eval | 一句话评测 | 1 | ZH_EN
            RLHF | reinforcement learning from human feedback | 1 | EXPANSION
            DQN | Deep Q-Learning | 1 | EXPANSION
            """)
    void documentTableHasThePairWithItsDirectionAndCount(String english, String rendering, int count, TermPattern pattern) {
        DocumentTerm term = ALIGNMENT.term(english);
        assertNotNull(term, english + " missing from the document table");
        DocumentTerm.Rendering row = term.renderings().stream().filter(r -> r.text().equals(rendering)).findFirst()
                .orElseThrow(() -> new AssertionError(english + " has no rendering " + rendering + ": " + term.renderings()));
        assertEquals(count, row.count(), english + " ↔ " + rendering);
        List<TermOccurrence> pairs = ALIGNMENT.extraction().pairs().stream()
                .filter(o -> o.rendering().equals(rendering) && TermKey.of(o.normalized()).equals(TermKey.of(term.english())))
                .toList();
        assertTrue(pairs.stream().allMatch(o -> o.pattern() == pattern), pairs.toString());
        if (pattern == TermPattern.ZH_EN) {
            assertTrue(pairs.stream().allMatch(o -> o.renderingSpan().offset() < o.englishSpan().offset()),
                    "Chinese stands first for " + english);
        }
    }

    @Test
    void nonGlossesAreNeverPaired() {
        Set<String> renderings = ALIGNMENT.extraction().pairs().stream().map(TermOccurrence::rendering).collect(Collectors.toSet());
        for (String aside : List.of("以及我相信其他实验室", "用 PPO + 人类偏好奖励", "片段", "RL包括Human Feedback和Env Feedback",
                "cleezhang", "比如 PPO", "大约 3-4 个")) {
            assertTrue(renderings.stream().noneMatch(r -> r.contains(aside)), aside + " was paired");
        }
        Set<String> kinds = ALIGNMENT.extraction().nonGlosses().stream()
                .map(n -> n.kind() + ":" + n.text()).collect(Collectors.toSet());
        assertTrue(kinds.contains("ASIDE:以及我相信其他实验室"), kinds.toString());
        assertTrue(kinds.contains("EXPLANATION:用 PPO + 人类偏好奖励"), kinds.toString());
        assertTrue(kinds.contains("EDITORIAL:片段"), kinds.toString());
        assertTrue(kinds.contains("EDITORIAL:RL包括Human Feedback和Env Feedback"), kinds.toString());
        assertTrue(kinds.contains("CONTACT:cleezhang"), kinds.toString());
    }

    @Test
    void everyBareTermOfTheBodyIsInItsSection() {
        assertHas(14, "RL", "PPO", "DeepMind", "pre-training", "GPT-4", "LLM", "GPT-3");
        assertHas(13, "policy", "agent", "reward", "RL");
        assertHas(15, "RLHF", "GPT-4", "GPT-2");
        assertHas(11, "CodeX", "ChatGPT");
        assertHas(6, "O1", "O3", "ChatGPT-5", "Pretrain");
    }

    private static void assertHas(int section, String... terms) {
        Set<String> here = ALIGNMENT.section(section).terms().stream()
                .flatMap(t -> t.places().stream().map(Excerpt::text)).collect(Collectors.toSet());
        for (String term : terms) {
            assertTrue(here.contains(term), "§" + section + " lacks " + term + ": " + here);
        }
    }

    @Test
    void bareUseInheritsTheRenderingGivenElsewhere() {
        AlignedTerm reasoning = find(5, "reasoning");
        assertEquals(RenderingSource.INHERITED, reasoning.source());
        assertEquals("推理", reasoning.rendering());
        AlignedTerm cot = find(4, "CoT");
        assertEquals(RenderingSource.INHERITED, cot.source());
        assertEquals("chain-of-thought", cot.rendering());
        AlignedTerm given = find(3, "reasoning");
        assertEquals(RenderingSource.GIVEN, given.source());
        assertEquals(6, given.count());
        assertEquals(RenderingSource.NONE, find(13, "policy").source());
    }

    private static AlignedTerm find(int section, String english) {
        return ALIGNMENT.section(section).terms().stream().filter(t -> t.english().equals(english)).findFirst()
                .orElseThrow(() -> new AssertionError("§" + section + " lacks " + english));
    }

    @Test
    void quotedSentencesAreQuotesNotTerms() {
        List<String> quotes = ALIGNMENT.section(4).quotes().stream().map(Excerpt::text).toList();
        assertTrue(quotes.contains("let’s solve it step by step"), quotes.toString());
        assertNull(ALIGNMENT.term("let’s solve it step by step"));
    }

    @Test
    void asrRemarksAreRecorded() {
        var notes = ALIGNMENT.extraction().asrNotes().stream().map(n -> n.kind() + ":" + n.misheard() + "→" + n.term()).toList();
        assertEquals(List.of("CORRECTION:0.1→O1", "CORRECTION:DQL→DQN", "UNCERTAIN:null→Dworkin/Dworkish"), notes);
    }

    @Test
    void everySpanCutFromTheSourceEqualsItsText() {
        String source = NOTE.text();
        for (TermOccurrence o : ALIGNMENT.extraction().occurrences()) {
            assertEquals(o.english(), o.englishSpan().cut(source));
            if (o.renderingSpan() != null) {
                assertEquals(o.rendering(), o.renderingSpan().cut(source));
            }
            assertEquals(NOTE.source().lineOf(o.englishSpan().offset()), o.englishSpan().line());
        }
        for (SectionAlignment section : ALIGNMENT.sections()) {
            for (AlignedTerm term : section.terms()) {
                for (Excerpt place : term.places()) {
                    assertEquals(place.text(), source.substring(place.offset(), place.offset() + place.length()));
                    assertEquals(place.column(), NOTE.source().columnOf(place.offset()));
                }
            }
        }
    }

    @Test
    void coversTheCoverSummaryAndEverySection() {
        assertEquals("摘要", ALIGNMENT.sections().get(1).title());
        assertEquals(20, ALIGNMENT.sections().stream().filter(s -> s.index() > 0).count());
        assertEquals("00:02:31 - 00:05:23", ALIGNMENT.section(4).timeRange());
    }
}
