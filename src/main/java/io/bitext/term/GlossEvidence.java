package io.bitext.term;

import io.bitext.dict.Dictionary;
import java.util.regex.Pattern;

/**
 * Weighs whether the Chinese beside an English term translates it, from the English–Chinese
 * dictionary and from the shape of each side, and says what the bracket is when it does not:
 * {@code pre-training（语言、常识与推理能力的来源）} explains, {@code Optimus（原话）} is the editor's
 * remark, {@code 教师模型（Qwen2.5-72B-Instruct）} names which model. Position alone decides nothing.
 */
final class GlossEvidence {
    /** What the evidence says, and how sure the pair is when it is one. */
    record Reading(BracketClassifier.Verdict verdict, double confidence) {
    }

    /** A translation the dictionary confirms is trusted; one it cannot judge (a new term, a name) less so. */
    static final double CONFIRMED = 0.95;
    static final double UNJUDGED = 0.75;
    private static final double DICTIONARY_AGREES = 0.45;

    /** Status and editorial words: 原话, 下月上线, 已弃用 say something about the thing, not what it is called. */
    private static final Pattern STATUS = Pattern.compile(
            "原话|原文|如是|如此|大意|口误|笔误|听不清|不确定|待确认|待核实|未证实|据称|据说|传闻|即将|上线|下线|发布|推出|弃用|停用"
                    + "|内测|公测|预计|计划中|待定|暂定|尚未|已经|下月|本月|下周|今年|明年|去年|年底|年初|月底|暂无|未公开|未开源|收费|免费"
                    + "|推荐|可选|必填|必需|默认");
    /** Words that tell the reader about the term: 的来源, 的缩写, 一种, 之一. */
    private static final Pattern DESCRIBES = Pattern.compile("的来源|的基础|的关键|的核心|的缩写|的简称|一种|之一|的一部分|负责|用于|用来|可以|能够");
    /** A Chinese lead-in of adverb and verb before the term: 先用监督微调（SFT）, 再用教师模型. */
    static final Pattern LEAD_IN = Pattern.compile("(先|再|又|就|才|也|还|并|都|可|会)(用|把|将|让|对|给|从|以|通过|采用|使用|做)");
    /** Words that say which one of a kind: 自研芯片（TPU）, 我们的模型（…）, 这款产品（…）. */
    private static final Pattern WHICH_ONE = Pattern.compile(
            "^(自研|自家|自有|旗下|我们的|他们的|这款|那款|该|某|首款|新一代|最新的?|开源的|内部的)");
    /** Two things joined in Chinese where the English names one: examples of it. */
    private static final Pattern EXAMPLES = Pattern.compile("\\p{IsHan}[和与及或]\\p{IsHan}");
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\b(and|or|vs\\.?)\\b|&|/");
    /** A model id or version: {@code Qwen2.5-72B-Instruct}, {@code GPT-4o}, {@code v3.1}. */
    private static final Pattern MODEL_ID = Pattern.compile("(?i)(?=.*\\d)(?=.*[a-z])[a-z0-9][\\w.]*(?:-[\\w.]+)+|(?i)v?\\d+(?:\\.\\d+)+");
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z]+(_[a-z0-9]+)+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-]+");

    private GlossEvidence() {
    }

    /** {@code english（chinese）}: a translation, or the non-gloss kind the evidence points to. */
    static Reading englishThenChinese(String english, String chinese) {
        double score = Dictionary.english().translationScore(english.strip(), chinese.strip());
        if (score >= DICTIONARY_AGREES) {
            return new Reading(BracketClassifier.Verdict.EN_ZH, CONFIRMED);
        }
        if (STATUS.matcher(chinese).find()) {
            return new Reading(BracketClassifier.Verdict.EDITORIAL, 0);
        }
        if (chinese.contains("、") || chinese.contains("+") || DESCRIBES.matcher(chinese).find()
                || longerThanAGloss(english, chinese) && score == 0) {
            return new Reading(BracketClassifier.Verdict.EXPLANATION, 0);
        }
        if (score == 0 && EXAMPLES.matcher(chinese).find() && !COORDINATED.matcher(english).find()) {
            // enhance domain-specific abilities（编程和数学）: two examples of the abilities, not their name
            return new Reading(BracketClassifier.Verdict.ASIDE, 0);
        }
        return new Reading(BracketClassifier.Verdict.EN_ZH, score > 0 ? 0.85 : UNJUDGED);
    }

    /** {@code chinese（english）}: null when the English is an example or says which one rather than translating. */
    static boolean namesWhichOne(String chinese, String english) {
        String e = english.strip();
        boolean list = e.contains(", ") || e.contains("，") || e.chars().filter(c -> c == '/').count() >= 2;
        if (MODEL_ID.matcher(e).matches() || list || NonProse.isMachineShaped(e) || SNAKE_CASE.matcher(e).matches()) {
            return Dictionary.english().translationScore(e, chinese) < DICTIONARY_AGREES;
        }
        return WHICH_ONE.matcher(chinese).lookingAt() && Dictionary.english().translationScore(e, chinese) < DICTIONARY_AGREES;
    }

    /** How far the lead-in of adverb and verb runs into {@code chinese}, 0 when it has none. */
    static int leadIn(String chinese) {
        var m = LEAD_IN.matcher(chinese);
        int end = 0;
        while (m.find()) {
            end = m.end() < chinese.length() - 1 ? m.end() : end;
        }
        return end;
    }

    /** A gloss takes about two or three characters per English word; an explanation runs longer. */
    private static boolean longerThanAGloss(String english, String chinese) {
        int words = WORD_BREAKS.split(english.strip()).length;
        long han = chinese.codePoints().filter(io.bitext.text.Script::isHan).count();
        return han > Math.max(6, words * 3 + 2);
    }
}
