package io.bitext.check.rules;

import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.text.Script;
import java.util.List;
import java.util.Map;

/** {@code typography.punctuation}: half-width punctuation between Han characters, where Chinese takes full width. */
public final class PunctuationRule extends TypographyRule {
    private static final Map<Character, Character> FULL_WIDTH = Map.of(',', '，', ';', '；', ':', '：', '?', '？', '!', '！',
            '(', '（', ')', '）');

    public PunctuationRule() {
        super("typography.punctuation", Severity.INFO, 200, "Half-width punctuation inside a Chinese sentence.",
                "half-width punctuation",
                Example.incorrect("**Ann**：我们好,你们好", ",", "，"),
                Example.correct("**Ann**：价格 3,000 美元，a,b 两项"));
    }

    @Override
    void inspect(CheckContext context, Findings findings, String text, int i, int from, int to) {
        char c = text.charAt(i);
        if (FULL_WIDTH.containsKey(c) && hanBefore(text, i, from) && hanAfter(text, i, to)) {
            findings.report(context.location(i, i + 1), "half-width ‘" + c + "’ in a Chinese sentence",
                    List.of(), List.of(Replacement.safe(String.valueOf(FULL_WIDTH.get(c)))));
        }
    }

    private static boolean hanBefore(String text, int i, int from) {
        return i > from && Script.isHan(text.charAt(i - 1));
    }

    private static boolean hanAfter(String text, int i, int to) {
        int j = i + 1;
        while (j < to && text.charAt(j) == ' ') {
            j++;
        }
        return j < to && Script.isHan(text.charAt(j));
    }
}
