package io.bitext.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryMatcherTest {
    private static final Glossary GLOSSARY = new Glossary(TsvGlossary.parse(GlossaryLoaderTest.HEADER
            + "rl\treinforcement learning\tRL\t\t强化学习\t\t增强学习\tterm\t\t\n"
            + "rlhf\tRLHF\t\t\t\t\t\tabbreviation\t\t\n"
            + "policy\tpolicy\tpolicies\t\t策略\t\t政策\tterm\t\t\n"
            + "o3\to3\t\tO3\t\t\t\tmodel\t\t\n"
            + "gpt-4\tGPT-4\t\t\t\t\t\tmodel\t\t\n"
            + "reward-model\treward model\t\t\t奖励模型\t\t\tterm\t\t\n"
            + "reward\treward\t\t\t奖励\t\t\tterm\t\t\n", "test.tsv"));
    private static final GlossaryMatcher MATCHER = GlossaryMatcher.of(GLOSSARY);

    private static List<String> found(String text) {
        return MATCHER.findAll(text).stream().map(m -> m.entry().id() + ":" + m.text() + "@" + m.start()).toList();
    }

    @Test
    void latinFormsMatchOnlyAtWordBoundaries() {
        assertEquals(List.of("rlhf:RLHF@2"), found("结合RLHF后"));
        assertEquals(List.of("rl:RL@0", "rl:RL@7"), found("RL 不同于 RL。"));
        assertEquals(List.of("policy:policy@1"), found("的policy是"));
        assertEquals(List.of(), found("policyholder 与 xRL"));
        assertEquals(List.of(), found("GPT-4o"));
    }

    @Test
    void caseIsIgnoredButReported() {
        List<GlossaryMatch> matches = MATCHER.findAll("从 O3 到 o3");
        assertEquals(4, matches.size()); // O3 matches both the preferred o3 and the forbidden O3; o3 likewise
        GlossaryMatch upper = matches.stream().filter(m -> m.start() == 2 && m.form().status() == Status.FORBIDDEN).findFirst().orElseThrow();
        assertTrue(upper.exact());
        assertEquals("O3", upper.text());
        GlossaryMatch lower = matches.stream().filter(m -> m.start() == 7 && m.form().status() == Status.PREFERRED).findFirst().orElseThrow();
        assertTrue(lower.exact());
        assertFalse(matches.stream().filter(m -> m.start() == 2 && m.form().status() == Status.PREFERRED).findFirst().orElseThrow().exact());
    }

    @Test
    void fullWidthFormsFoldToHalfWidth() {
        List<GlossaryMatch> matches = MATCHER.findAll("用ＧＰＴ－４做");
        assertEquals(1, matches.size());
        assertEquals("ＧＰＴ－４", matches.get(0).text());
        assertEquals(1, matches.get(0).start());
        assertEquals(6, matches.get(0).end());
    }

    @Test
    void chineseFormsMatchInsideChineseText() {
        assertEquals(List.of("rl:增强学习@2"), found("所谓增强学习是"));
        assertEquals(List.of("reward-model:奖励模型@0", "reward:奖励@0"), found("奖励模型"));
    }

    @Test
    void longestMatchesDoNotOverlap() {
        List<GlossaryMatch> longest = MATCHER.findLongest("reward model 和 reward");
        assertEquals(List.of("reward-model", "reward"), longest.stream().map(m -> m.entry().id()).toList());
        assertEquals(3, MATCHER.count("reward model 和 reward")); // counting also sees reward inside reward model
    }

    @Test
    void curatedGlossaryFindsTheSeedsKnownMistakes() {
        GlossaryMatcher matcher = GlossaryMatcher.of(Glossary.load(java.nio.file.Path.of("glossary")));
        String text = io.bitext.TestNotes.seedText();
        List<String> forbidden = matcher.findAll(text).stream().filter(m -> m.form().status() == Status.FORBIDDEN)
                .map(GlossaryMatch::text).distinct().toList();
        assertTrue(forbidden.containsAll(List.of("O3", "O1", "ChatGPT-5", "CodeX", "Pretrain", "Jared Faraic", "DQL")), forbidden.toString());
    }
}
