package io.bitext.term;

import io.bitext.text.Script;
import java.util.regex.Pattern;

/**
 * Reads what a bracket holds and what stands before it, and says what the pair is: a gloss in one
 * direction or the other, an abbreviation, or one of the non-gloss kinds. Holds no state; the
 * {@link TermExtractor} turns its verdicts into occurrences.
 */
final class BracketClassifier {
    static final Pattern TIME = Pattern.compile("\\s*\\d{1,2}(:\\d{1,2}){1,2}\\s*([-–—~～至到]\\s*\\d{1,2}(:\\d{1,2}){1,2}\\s*)?");
    static final Pattern URL = Pattern.compile("(?i)\\s*(https?://|www\\.)\\S+\\s*");
    private static final Pattern CLAUSE = Pattern.compile(".*[，。；！？;!?].*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    static final Pattern ASR = Pattern.compile("ASR|原文作|原文为|原文[:：]?\\s*(?=[A-Za-z“\"「])|识别为|可能有误|疑为|疑似");
    private static final Pattern ASIDE_START = Pattern.compile(
            "^\\s*(以及|及|和|或|比如|例如|如果|譬如|包括|包含|含|尤其|特别是|大约|约|现在|目前|当时|主要|即|也就是|也|还|但|而|在|这|那|其|并|且|虽然|尽管|因为|所以|注意|不仅|不只|不止|除了|除去|排除|不含|不计)");
    /** 右上, 左下角, 上图: where something sits in a figure, as a chart's quadrant labels say. */
    private static final Pattern POSITION = Pattern.compile(
            "\\s*(左上|右上|左下|右下|左侧|右侧|左边|右边|上方|下方|中间|上图|下图|左图|右图|图中|上表|下表)[角方侧]?\\s*");
    private static final Pattern EXPLANATION_START = Pattern.compile("^\\s*(用|通过|指|意为|意思是|表示|基于|由|把|将|让|使)");
    private static final Pattern EDITORIAL = Pattern.compile(
            "^\\s*(片段|原文如是|原文如此|问题未完待续|未完待续|笔者|编者|译注|注|sic|略|下同|同上|见下|见上)");
    private static final Pattern CONTACT_BEFORE = Pattern.compile("(微信|微信号|邮箱|电邮|电话|手机|QQ|推特|Twitter|WeChat|email|Email|E-mail)\\s*[:：]?\\s*$");

    enum Verdict { EN_ZH, ZH_EN, ABBREVIATION, EXPANSION, QUOTE_PAIR, ASR, TIME_RANGE, URL, CONTACT, ASIDE, EXPLANATION, EDITORIAL }

    private BracketClassifier() {
    }

    /** Which script stands before the bracket at {@code end} (after stepping over a closing quote). */
    static Script scriptBefore(String text, int end) {
        if (end <= 0) {
            return Script.OTHER;
        }
        char c = text.charAt(end - 1);
        if (Script.isLatin(c) || ".+'’#%-_".indexOf(c) >= 0 && end >= 2 && Script.isLatin(text.charAt(end - 2))) {
            return Script.LATIN;
        }
        return Script.isHan(c) ? Script.HAN : Script.OTHER;
    }

    /**
     * The verdict and, for a pair, its confidence: an English-then-Chinese pair is weighed by
     * {@link GlossEvidence} (the dictionary, the shape of each side) and may turn out an explanation
     * or an editorial remark.
     */
    static GlossEvidence.Reading classify(String before, Script script, String inner, String english) {
        Verdict verdict = verdict(before, script, inner, english);
        if (verdict == Verdict.EN_ZH) {
            return GlossEvidence.englishThenChinese(english, inner);
        }
        return new GlossEvidence.Reading(verdict, 0.9);
    }

    /**
     * Whether {@code text} holds a remark on the speech recognition ({@link #ASR}). Every form the
     * pattern knows contains one of the words tested first, and most brackets contain none, so the
     * pattern, whose alternatives are tried at every character, runs only on the few that do.
     */
    static boolean mentionsAsr(String text) {
        return (text.contains("ASR") || text.contains("原文") || text.contains("识别为") || text.contains("可能有误")
                || text.indexOf('疑') >= 0) && ASR.matcher(text).find();
    }

    /** A word {@link #CONTACT_BEFORE} ends with stands in {@code before}: the pattern is tried only then. */
    private static boolean mayNameContact(String before) {
        return before.contains("微信") || before.contains("邮") || before.contains("电话") || before.contains("手机")
                || before.contains("QQ") || before.contains("推特") || before.contains("Twitter")
                || before.contains("WeChat") || before.contains("mail");
    }

    private static Verdict verdict(String before, Script script, String inner, String english) {
        if (TIME.matcher(inner).matches()) {
            return Verdict.TIME_RANGE;
        }
        if (URL.matcher(inner).matches()) {
            return Verdict.URL;
        }
        if (mentionsAsr(inner)) {
            return Verdict.ASR;
        }
        if (mayNameContact(before) && CONTACT_BEFORE.matcher(before).find()) {
            return Verdict.CONTACT;
        }
        if (EDITORIAL.matcher(inner).lookingAt()) {
            return Verdict.EDITORIAL;
        }
        int han = 0;
        int letters = 0;
        for (int i = 0; i < inner.length(); ) {
            int c = inner.codePointAt(i);
            han += Script.isHan(c) ? 1 : 0;
            letters += Character.isLetter(c) ? 1 : 0;
            i += Character.charCount(c);
        }
        int latin = letters - han;
        boolean clause = CLAUSE.matcher(inner).matches();
        if (script == Script.LATIN && english != null && !english.isEmpty()) {
            return afterEnglish(inner, english, han, latin, clause);
        }
        if (script == Script.HAN) {
            if (han == 0 && latin > 0 && !clause && !isListOrFigure(inner) && SPACES.split(inner.strip()).length <= 8) {
                return Verdict.ZH_EN;
            }
            return nonGloss(inner);
        }
        // after a full stop, or at the start of a line, nobody is being glossed: the editor speaks
        String lead = before.stripTrailing();
        if (lead.isEmpty() || "。！？.!?：:".indexOf(lead.charAt(lead.length() - 1)) >= 0) {
            return Verdict.EDITORIAL;
        }
        return nonGloss(inner);
    }

    private static Verdict afterEnglish(String inner, String english, int han, int latin, boolean clause) {
        if (english.chars().noneMatch(Character::isLetter)) {
            return nonGloss(inner); // 2025-05（因标注上线时间）: a date or figure is not a term
        }
        if (inner.toLowerCase(java.util.Locale.ROOT).contains(english.strip().toLowerCase(java.util.Locale.ROOT))) {
            return Verdict.EXPLANATION; // Others（多数分析中省略 Others）: speaks about the word
        }
        if (han > 0) {
            if (clause && SPACES.split(english.strip()).length >= 4) {
                return Verdict.QUOTE_PAIR;
            }
            if (ASIDE_START.matcher(inner).lookingAt() || EXPLANATION_START.matcher(inner).lookingAt()) {
                return nonGloss(inner);
            }
            if (POSITION.matcher(inner).matches()) {
                return Verdict.ASIDE; // Premium Workloads（右上）: a quadrant's label, not its translation
            }
            if (inner.chars().anyMatch(c -> c >= '0' && c <= '9') && english.chars().noneMatch(c -> c >= '0' && c <= '9')) {
                return nonGloss(inner); // Long tail model（几美分/1M 但使用低）: figures a rendering of the term would not have
            }
            if (han * 2 >= latin && !clause && inner.length() <= 24) {
                return Verdict.EN_ZH;
            }
            return nonGloss(inner);
        }
        if (latin == 0 || clause) {
            return nonGloss(inner);
        }
        if (Abbreviations.abbreviates(inner.strip(), english)) {
            return Verdict.ABBREVIATION;
        }
        if (Abbreviations.looksLikeAbbreviation(english) && inner.strip().contains(" ")) {
            return Verdict.EXPANSION;
        }
        return Verdict.ASIDE;
    }

    /**
     * {@code 供给端（GPT-5、Claude 4.5、Gemini 3）} lists examples and {@code 小模型（<15B）} gives a figure:
     * neither translates the Chinese before it.
     */
    private static boolean isListOrFigure(String inner) {
        String trimmed = inner.strip();
        return trimmed.contains("、") || trimmed.isEmpty() || "0123456789<>≤≥~～±+".indexOf(trimmed.charAt(0)) >= 0;
    }

    private static Verdict nonGloss(String inner) {
        if (EXPLANATION_START.matcher(inner).lookingAt()) {
            return Verdict.EXPLANATION;
        }
        return Verdict.ASIDE;
    }
}
