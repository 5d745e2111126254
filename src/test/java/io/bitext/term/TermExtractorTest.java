package io.bitext.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each pattern of inline English on small notes written for the purpose. */
class TermExtractorTest {

    private static Extraction extract(String body) {
        Note note = NoteReader.parse("t.md", "## 全文\n### 话题（00:00:01 - 00:00:09）\n**Ann**：" + body + "\n");
        Extraction found = TermExtractor.extract(note);
        for (TermOccurrence o : found.occurrences()) {
            assertEquals(o.english(), o.englishSpan().cut(note.text()), "span of " + o);
            if (o.renderingSpan() != null) {
                assertEquals(o.rendering(), o.renderingSpan().cut(note.text()), "span of " + o);
            }
        }
        return found;
    }

    private static List<String> pairs(Extraction found) {
        return found.pairs().stream().map(o -> o.pattern() + ":" + o.english() + "=" + o.rendering()).toList();
    }

    @Test
    void englishThenChinese() {
        assertEquals(List.of("EN_ZH:reasoning=推理"), pairs(extract("什么是 reasoning（推理）呢")));
        assertEquals(List.of("EN_ZH:next token prediction=下一个 token 预测"),
                pairs(extract("常被称为“next token prediction（下一个 token 预测）”机器")));
    }

    @Test
    void englishInsideMarkupOrQuotes() {
        assertEquals(List.of("QUOTE:everyone knows everything=人人都知道一切"),
                pairs(extract("**“==everyone knows everything==（人人都知道一切）”**是原则")));
        assertEquals(List.of("EN_ZH:scale-up runs=放大实验"), pairs(extract("一系列“scale-up runs（放大实验）”")));
        Extraction bold = extract("这是 **tectonic shift（构造断层式跃迁）** 吧");
        assertEquals(List.of("EN_ZH:tectonic shift=构造断层式跃迁"), pairs(bold));
    }

    @Test
    void chineseThenEnglishStartsAtTheTermNotTheClause() {
        assertEquals(List.of("ZH_EN:reward model=奖励模型"), pairs(extract("关键是构造对“奖励模型（reward model）”有用的数据")));
        assertEquals(List.of("ZH_EN:post-training=训练后"), pairs(extract("真正的 RLHF 是在训练后（post-training）吗")));
        assertEquals(List.of("ZH_EN:one-token eval=一句话评测"), pairs(extract("在“一句话评测（one-token eval）”上")));
        assertEquals(List.of("ZH_EN:Provider Profiles=供给侧画像"), pairs(extract("==供给侧画像（Provider Profiles）==")));
        assertEquals(List.of("ZH_EN:post-training=后训练"), pairs(extract("这是后训练（post-training）阶段")));
    }

    @Test
    void abbreviationsBothWays() {
        assertEquals(List.of("ABBREVIATION:chain-of-thought=CoT"), pairs(extract("熟悉了 chain-of-thought（CoT），也就是")));
        assertEquals(List.of("ABBREVIATION:deep reinforcement learning=deep RL"),
                pairs(extract("也就是 deep reinforcement learning（deep RL）。")));
        assertEquals(List.of("EXPANSION:RLHF=reinforcement learning from human feedback"),
                pairs(extract("答案是 RLHF（reinforcement learning from human feedback）：用 PPO")));
    }

    @Test
    void nestedAsrAnnotationsGiveTheExpansionAndTheCorrection() {
        Extraction found = extract("这是 DeepMind 在 DQN（Deep Q-Learning，ASR 原文作 DQL）时刻带来的突破。");
        assertEquals(List.of("EXPANSION:DQN=Deep Q-Learning"), pairs(found));
        AsrNote note = found.asrNotes().get(0);
        assertEquals(AsrNote.Kind.CORRECTION, note.kind());
        assertEquals("DQN", note.term());
        assertEquals("DQL", note.misheard());
        assertEquals(1, found.occurrences().stream().filter(o -> o.english().equals("DQN")).count());

        AsrNote o1 = extract("发布 O1（ASR 原文作 0.1）后").asrNotes().get(0);
        assertEquals("O1", o1.term());
        assertEquals("0.1", o1.misheard());

        AsrNote uncertain = extract("在 Dworkin/Dworkish（节目名 ASR 可能有误）里说").asrNotes().get(0);
        assertEquals(AsrNote.Kind.UNCERTAIN, uncertain.kind());
        assertEquals("Dworkin/Dworkish", uncertain.term());
    }

    @Test
    void nonGlossesAreClassifiedNotPaired() {
        assertKind("OpenAI（以及我相信其他实验室）都在做", NonGloss.Kind.ASIDE);
        assertKind("结合 RLHF（用 PPO + 人类偏好奖励）后", NonGloss.Kind.EXPLANATION);
        assertKind("是否 unsupervised（片段）", NonGloss.Kind.EDITORIAL);
        assertKind("二元范式。（RL包括Human Feedback和Env Feedback）", NonGloss.Kind.EDITORIAL);
        assertKind("可加微信（cleezhang），", NonGloss.Kind.CONTACT);
        assertKind("见（https://example.org/a）", NonGloss.Kind.URL);
        assertKind("见那一段（00:07:20 - 00:07:59）", NonGloss.Kind.TIME_RANGE);
        assertKind("负责 cloud relations（原文如是）。", NonGloss.Kind.EDITORIAL);
    }

    @Test
    void evidenceDecidesWhatABracketIs() {
        // class 2: an explanation; class 4: status and editorial remarks
        assertKind("先做 pre-training（语言、常识与推理能力的来源）", NonGloss.Kind.EXPLANATION);
        assertKind("他说 Optimus（原话）会量产", NonGloss.Kind.EDITORIAL);
        assertKind("还有 Agents SDK（下月上线）可用", NonGloss.Kind.EDITORIAL);
        // class 3: apposition and examples name which one
        assertKind("再用教师模型（Qwen2.5-72B-Instruct）蒸馏", NonGloss.Kind.APPOSITION);
        assertKind("他们的自研芯片（TPU）很快", NonGloss.Kind.APPOSITION);
        // a rendering the dictionary confirms stays a pair, and is trusted
        Extraction found = extract("谈 reasoning（推理）与奖励模型（reward model）");
        assertEquals(List.of("EN_ZH:reasoning=推理", "ZH_EN:reward model=奖励模型"), pairs(found));
        assertTrue(found.pairs().get(0).confidence() >= 0.9, "the dictionary confirms 推理");
    }

    @Test
    void examplesIdentifiersAndOptionRemarksAreNotRenderings() {
        assertEquals(List.of(), pairs(extract("目标：improve domain abilities（写作和翻译）等")));
        assertEquals(List.of(), pairs(extract("输出 records（时间+文本）等")));
        assertEquals(List.of(), pairs(extract("安装 PyPI（推荐）即可")));
        assertEquals(List.of(), pairs(extract("用文章模式（`fetch_assets`）处理")));
        assertKind("看模型大小（Tiny/Base/Huge）的变化", NonGloss.Kind.APPOSITION);
        // one character left after 在 is not the rendering of a two-word term
        Extraction cut = extract("- 统计基于用户所在地（user location）而非 IP");
        assertTrue(cut.pairs().stream().allMatch(p -> p.confidence() < 0.6 || p.rendering().length() > 1), cut.pairs().toString());
    }

    @Test
    void theChineseSideStopsAtTheTermsOwnBoundary() {
        // class 1: 先用 is the clause's lead-in, not part of the rendering of SFT
        assertEquals(List.of("ZH_EN:SFT=监督微调"), pairs(extract("我们先用监督微调（SFT）")));
        // reasoning或任务拆解（COT）: a coordination begun in English is not trusted as a gloss
        Extraction coordinated = extract("需要 step by step 的 reasoning或任务拆解（COT）");
        assertTrue(coordinated.pairs().stream().allMatch(p -> p.confidence() < 0.6), coordinated.pairs().toString());
    }

    @Test
    void codeSpansPathsAndOptionsHoldNoTerms() {
        Extraction found = extract("运行 `claude commit`，配置放在 ~/.claude/CLAUDE.md，加 --full-auto 或 name=wav 即可");
        assertTrue(found.occurrences().stream().noneMatch(o -> o.english().toLowerCase().contains("claude")
                || o.english().equals("full-auto") || o.english().equals("wav")), found.occurrences().toString());
    }

    @Test
    void labelsAndCommentsAfterEnglishAreNotRenderings() {
        // a chart's quadrants, an aside that restricts, figures the English term does not have
        assertKind("- Premium Workloads（右上）：价格高", NonGloss.Kind.ASIDE);
        assertKind("- Niche Utilities（左下角）：价格低", NonGloss.Kind.ASIDE);
        assertKind("Roleplay（不仅是生产力任务）占比高", NonGloss.Kind.ASIDE);
        assertKind("Grok Code Fast 1（排除免费期）之后", NonGloss.Kind.ASIDE);
        assertKind("Long tail model（几美分/1M 但使用低）", NonGloss.Kind.ASIDE);
        // while a rendering stays a pair, digits and all where the English has them too
        assertEquals(List.of("EN_ZH:scaling law=缩放定律"), pairs(extract("所谓 scaling law（缩放定律）")));
        assertEquals(List.of("EN_ZH:top 5=前 5 名"), pairs(extract("进入 top 5（前 5 名）的模型")));
    }

    private static void assertKind(String text, NonGloss.Kind kind) {
        Extraction found = extract(text);
        assertEquals(List.of(), pairs(found), text);
        assertEquals(List.of(kind), found.nonGlosses().stream().map(NonGloss::kind).toList(), text);
    }

    @Test
    void bareTermsAreNormalisedAndQuotesKeptApart() {
        Extraction found = extract("多个 policies 之间；最著名的 prompt 是“let’s solve it step by step”，还有 RLHF 与 LLMs");
        var byForm = found.occurrences().stream().collect(Collectors.toMap(TermOccurrence::english, o -> o));
        assertEquals("policy", byForm.get("policies").normalized());
        assertEquals("LLM", byForm.get("LLMs").normalized());
        assertEquals(TermPattern.QUOTE, byForm.get("let’s solve it step by step").pattern());
        assertEquals(TermPattern.BARE, byForm.get("RLHF").pattern());
        assertEquals(TermPattern.BARE, byForm.get("prompt").pattern());
    }

    @Test
    void aCapitalisedPluralIsMadeSingularAsItsLowerCaseIs() {
        Extraction found = extract("类别与使用结构（Categories）与 Agents");
        var byForm = found.occurrences().stream().collect(Collectors.toMap(TermOccurrence::english, o -> o));
        assertEquals("Category", byForm.get("Categories").normalized());
        assertEquals("Agent", byForm.get("Agents").normalized());
    }

    @Test
    void joiningWordsAreNotTerms() {
        Extraction found = extract("自上而下 vs 自下而上，用 top-down 定项目");
        assertEquals(List.of("top-down"), found.terms().stream().map(TermOccurrence::english).toList());
    }

    @Test
    void markupSplitsNothingAndSpansPointIntoTheSource() {
        Extraction found = extract("==从 O1 到 O3 再到最近的 ChatGPT-5==（主要是RL的scale，和Pretrain关系不大）");
        List<String> terms = found.terms().stream().map(TermOccurrence::english).toList();
        assertTrue(terms.containsAll(List.of("O1", "O3", "ChatGPT-5", "RL", "scale", "Pretrain")), terms.toString());
        assertEquals(List.of(), pairs(found));
    }
}
