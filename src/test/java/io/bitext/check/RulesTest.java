package io.bitext.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.glossary.Glossary;
import io.bitext.glossary.TsvGlossary;
import io.bitext.note.NoteReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule on small notes written for it: one that must be reported, one that must not. */
class RulesTest {
    private static final Glossary GLOSSARY = new Glossary(TsvGlossary.parse(
            "id\ten\ten_admitted\ten_forbidden\tzh\tzh_admitted\tzh_forbidden\ttype\tnote\tstatus\n"
                    + "rl\treinforcement learning\tRL\t\t强化学习\t\t增强学习\tterm\t\t\n"
                    + "policy\tpolicy\tpolicies\t\t策略\t\t政策\tterm\t\t\n"
                    + "post-training\tpost-training\t\tPosttrain\t后训练\t训练后阶段\t\tterm\t\t\n"
                    + "dqn\tDQN\tDeep Q-Network\tDQL\t深度 Q 网络\t\t\tabbreviation\t\t\n"
                    + "o1\to1\t\tO1\t\t\t\tmodel\t\t\n"
                    + "o3\to3\t\tO3\t\t\t\tmodel\t\t\n"
                    + "gpt-5\tGPT-5\t\t\t\t\t\tmodel\t\t\n"
                    + "openai\tOpenAI\t\t\t\t\t\torganization\t\t\n"
                    + "matt-turck\tMatt Turck\t\t\t\t\t\tperson\t\t\n", "rules.tsv"));

    private static List<String> findings(String body, String... rules) {
        return findingsIn("## 全文\n### 话题（00:00:01 - 00:00:09）\n" + body + "\n", rules);
    }

    private static List<String> findingsIn(String text, String... rules) {
        CheckResult result = new Checker(GLOSSARY).check(NoteReader.parse("t.md", text),
                io.bitext.align.Aligner.align(NoteReader.parse("t.md", text)), CheckConfig.defaults(), Set.of(rules));
        return result.findings().stream().map(f -> f.rule() + ":" + f.location().text()
                + (f.replacements().isEmpty() ? "" : "→" + f.replacements().get(0).text())).toList();
    }

    @Test
    void forbiddenHouseStyleAndKnownVariants() {
        assertEquals(List.of("glossary.forbidden:O3→o3"), findings("**Ann**：从 O3 开始", "glossary.forbidden", "asr.known-variant"));
        assertEquals(List.of("asr.known-variant:DQL→DQN"), findings("**Ann**：DQL 很强", "glossary.forbidden", "asr.known-variant"));
        assertEquals(List.of(), findings("**Ann**：从 o3 到 DQN，再到 reinforcement learning", "glossary.forbidden", "asr.known-variant"));
    }

    @Test
    void chineseForbiddenRenderingCountsOnlyBesideItsTerm() {
        assertEquals(List.of("glossary.forbidden:政策→策略"),
                findings("**Ann**：模型的 policy 就是政策", "glossary.forbidden").stream().toList());
        CheckResult far = new Checker(GLOSSARY).check(NoteReader.parse("t.md", "## 全文\n### 话题\n政府的产业政策很重要\n"), CheckConfig.defaults());
        assertEquals(Severity.INFO, far.findings().get(0).severity());
    }

    @Test
    void caseVariant() {
        assertEquals(List.of("glossary.case:Openai→OpenAI"), findings("**Ann**：Openai 发布了", "glossary.case"));
        assertEquals(List.of(), findings("**Ann**：OpenAI 发布了", "glossary.case"));
    }

    @Test
    void renderingAgainstTheGlossary() {
        assertEquals(List.of("glossary.rendering:训练后→后训练"), findings("**Ann**：真正的 RLHF 在训练后（post-training）吗", "glossary.rendering"));
        assertEquals(List.of(), findings("**Ann**：这是后训练（post-training）阶段", "glossary.rendering"));
    }

    @Test
    void wrongExpansion() {
        assertEquals(List.of("glossary.wrong-expansion:Deep Q-Learning→Deep Q-Network"),
                findings("**Ann**：DQN（Deep Q-Learning）时刻", "glossary.wrong-expansion"));
        assertEquals(List.of(), findings("**Ann**：DQN（Deep Q-Network）时刻", "glossary.wrong-expansion"));
    }

    @Test
    void inconsistentRenderingGlossSpellingAndExpansion() {
        assertEquals(List.of("term.inconsistent-rendering:加强学习→强化学习"),
                findings("**Ann**：先讲 reinforcement learning（强化学习），再讲 reinforcement learning（强化学习）\n**Bo**：reinforcement learning（加强学习）",
                        "term.inconsistent-rendering"));
        assertEquals(List.of("term.inconsistent-gloss:actor"),
                findings("**Ann**：agent（智能体）与 agent（智能体）\n**Bo**：actor（智能体）", "term.inconsistent-gloss"));
        assertEquals(List.of("term.inconsistent-spelling:pretraining→pre-training"),
                findings("**Ann**：pre-training 与 pre-training\n**Bo**：再说 pretraining", "term.inconsistent-spelling"));
        assertEquals(List.of(), findings("**Ann**：Agentic Inference 的崛起\n**Bo**：agentic inference 与 agentic inference", "term.inconsistent-spelling"));
        assertEquals(List.of("abbreviation.inconsistent-expansion:Chain of Thoughts→chain-of-thought"),
                findings("**Ann**：chain-of-thought（CoT）与 chain-of-thought（CoT）\n**Bo**：CoT（Chain of Thoughts）", "abbreviation.inconsistent-expansion"));
    }

    @Test
    void asrRemarksAndTheMisheardFormElsewhere() {
        String body = "**Ann**：发布 O1（ASR 原文作 0.1）后\n**Bo**：后来 0.1 又出现了";
        assertEquals(List.of("asr.note-correction:0.1→o1"), findings(body, "asr.note-correction"));
        assertEquals(List.of("asr.misheard-elsewhere:0.1→o1"), findings(body, "asr.misheard-elsewhere"));
        assertEquals(List.of(), findings("**Ann**：产品 Light（ASR中也出现“Lazy AI”）\n注：如“Lazy AI/Light”已更正", "asr.misheard-elsewhere"));
    }

    @Test
    void modelIdsHeardAsNumbers() {
        assertEquals(List.of("asr.model-id:0.3→o3"), findings("**Ann**：从 o1 到 0.3 的模型演进", "asr.model-id"));
        assertEquals(List.of(), findings("**Ann**：误差只有 0.3 秒，2025-01 发布", "asr.model-id"));
    }

    @Test
    void nearMissNames() {
        assertEquals(List.of("asr.near-miss:Matt Turk→Matt Turck"), findings("**Ann**：我是 Matt Turk，欢迎", "asr.near-miss"));
        assertEquals(List.of(), findings("**Ann**：我是 Matt Turck，也聊 Mattress 与 Qwen3", "asr.near-miss"));
    }

    @Test
    void titleMismatchAndFusedProductNames() {
        String note = "## 封面\n- 标题：How GPT-5 Thinks — OpenAI VP of Research Jerry Tworek\n## 全文\n### 话题\n"
                + "**Jared Faraic（Jerry）**：你好\n**Matt**：ChatGPT-5 来了\n**Jared Faraic（Jerry）**：是的\n";
        assertEquals(List.of("names.title-mismatch:Jared Faraic→Jerry Tworek"), findingsIn(note, "names.title-mismatch"));
        assertEquals(List.of("names.nonexistent-product:ChatGPT-5→GPT-5"), findingsIn(note, "names.nonexistent-product"));
        assertEquals(List.of(), findingsIn(note.replace("Jared Faraic", "Jerry Tworek").replace("ChatGPT-5", "ChatGPT"),
                "names.title-mismatch", "names.nonexistent-product"));
    }

    @Test
    void typography() {
        assertEquals(List.of("typography.punctuation:,→，"), findings("**Ann**：我们好,你们好", "typography.punctuation"));
        assertEquals(List.of(), findings("**Ann**：价格 3,000 美元，a,b 两项", "typography.punctuation"));
        assertEquals(List.of("typography.unbalanced:（", "typography.unbalanced:**"), findings("**Ann**：这里（没有闭合 **粗体", "typography.unbalanced"));
        assertEquals(List.of(), findings("**Ann**：这里（有闭合）**粗体**", "typography.unbalanced"));
        assertEquals(List.of(), findings("**Ann**：用RL训练", "typography.spacing"), "spacing is off by default");
    }

    @Test
    void structure() {
        String overlapping = "## 全文\n### 一（00:00:00 - 00:02:00）\n**A**：甲\n### 二（00:01:00 - 00:03:00）\n**A**：乙\n"
                + "### 三（00:05:00 - 00:04:00）\n**A**：丙\n### 四（00:06:00 - 00:07:00）\n";
        assertEquals(List.of("structure.time-order:（00:01:00 - 00:03:00）", "structure.time-order:（00:05:00 - 00:04:00）"),
                findingsIn(overlapping, "structure.time-order"));
        assertEquals(List.of("structure.empty-section:四"), findingsIn(overlapping, "structure.empty-section"));
        String lonely = "## 全文\n### 一\n**Matt Turk**：a\n**Matt Turk**：b\n**Mat Turk**：c\n**Ann Lee**：d\n";
        assertEquals(List.of("structure.lonely-speaker:Mat Turk→Matt Turk"), findingsIn(lonely, "structure.lonely-speaker"));
    }
}
