package io.bitext.term;

import io.bitext.text.Script;
import java.util.regex.Pattern;

/**
 * Finds where the Chinese term before a bracket starts in {@code 关键是构造对“奖励模型（reward model）”}
 * or {@code 真正的 RLHF 是在训练后（post-training）}: the Han run back to the nearest quote, punctuation
 * or space, cut after the last function character inside it (是, 在, 的 …) and capped at a length the
 * English plausibly needs. The confidence says which of these decided.
 */
final class ChineseTermBoundary {
    private static final Pattern COORDINATED = Pattern.compile("(?i).*\\b(and|or|vs\\.?)\\b.*|.*&.*");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-]+");
    /** Characters that end a clause's lead-in rather than start a term. Kept short on purpose:
     *  对, 于, 和, 与 start or join real terms (对齐, 基于, 和平). */
    private static final String FUNCTION_CHARS = "的了着是在把被将从向给让叫称即就也都还又这那";

    /** A Han run this short that starts at a line start, a quote or punctuation is taken whole. */
    private static final int SHORT_RUN = 8;
    /** The longest heading or list item taken whole as a gloss's Chinese side. */
    private static final int TITLE_LIMIT = 24;

    /** Clause lead-ins that end before a short term: 这是后训练（post-training） glosses 后训练. */
    private static final String LEAD_INS = "是的了在把被将叫称";
    /** Characters that open a phrase without belonging to the term: 用账单地址（billing） glosses 账单地址. */
    private static final String LEADING_CHARS = "用在把被将从向给让对为以由与及或";

    /** Characters that join a Chinese half to an English one before it: {@code reasoning或任务拆解}. */
    private static final String CONJUNCTIONS = "或及与和";

    record Boundary(int start, double confidence) {
    }

    private ChineseTermBoundary() {
    }

    /**
     * A heading or list item that ends with its gloss, {@code 开源 vs 闭源（Open vs. Closed Source Models）},
     * glosses all of itself (after a label such as {@code 类别：}), Latin words included.
     */
    static Boundary titleBefore(String text, int bracket, int close) {
        for (int i = close + 1; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && "。.".indexOf(text.charAt(i)) < 0) {
                return null;
            }
        }
        int start = bracket;
        while (start > 0 && "：:，,。；;！？!?“”\"\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        while (start < bracket && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String title = text.substring(start, bracket);
        if (title.indexOf('（') >= 0 || title.indexOf('(') >= 0) {
            return null; // 谈 reasoning（推理）与奖励模型（reward model）: a sentence of glosses, not one title
        }
        boolean mixed = title.codePoints().anyMatch(Character::isLetter) && title.codePoints().anyMatch(c -> !Script.isHan(c));
        if (!mixed || bracket - start > TITLE_LIMIT || !Script.isHan(text.charAt(bracket - 1))
                && !Script.isHan(text.charAt(start))) {
            return null;
        }
        return new Boundary(start, 0.8);
    }

    static Boundary before(String text, int bracket, String english) {
        int start = bracket;
        while (start > 0 && Script.isHan(text.charAt(start - 1))) {
            start--;
        }
        if (start == bracket) {
            return null;
        }
        boolean coordinated = COORDINATED.matcher(english).matches();
        if (!coordinated && CONJUNCTIONS.indexOf(text.charAt(start)) >= 0 && start > 0 && !cleanStart(text, start)) {
            // reasoning或任务拆解（COT）: the bracket follows a coordination begun in English, it glosses
            // neither half for sure, so the pair is kept below the trusted confidence
            return bracket - start > 1 ? new Boundary(start + 1, 0.3) : null;
        }
        if (bracket - start <= SHORT_RUN && cleanStart(text, start)) {
            // 致谢与贡献（Contributions）: a whole short run after a boundary, less a lead-in (这是, 用);
            // only the plainest lead-ins count here, 给 and 向 start or join words too often (供给侧)
            for (int i = bracket - 1; i > start; i--) {
                if (LEAD_INS.indexOf(text.charAt(i - 1)) >= 0) {
                    start = i;
                    break;
                }
            }
            while (bracket - start > 2 && LEADING_CHARS.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            return new Boundary(start, 0.9);
        }
        int cut = start;
        for (int i = bracket - 1; i > start; i--) {
            if (FUNCTION_CHARS.indexOf(text.charAt(i - 1)) >= 0) {
                cut = i;
                break;
            }
        }
        double confidence = 0.9;
        if (cut > start) {
            confidence = text.charAt(cut - 1) == '的' ? 0.5 : 0.7;
        }
        int cap = cap(english, coordinated);
        if (bracket - cut > cap) {
            cut = bracket - cap;
            confidence = 0.4;
        }
        if (bracket - cut == 1 && english.strip().contains(" ")) {
            confidence = 0.4; // 账单所在地（billing geography）: one character left after 在 is not the rendering
        }
        return bracket - cut >= 1 ? new Boundary(cut, confidence) : null;
    }

    private static boolean cleanStart(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return "“”‘’\"'「」『』《》【】（）()：:，,。；;！？!?、—\n".indexOf(before) >= 0;
    }

    /** Two Han characters per English word, more for coordinated terms, between 2 and 8. */
    private static int cap(String english, boolean coordinated) {
        int words = WORD_BREAKS.split(english.strip()).length;
        if (Abbreviations.looksLikeAbbreviation(english)) {
            words = Math.max(words, 3);
        }
        return Math.max(2, Math.min(coordinated ? 10 : 8, words * 2 + 2));
    }
}
