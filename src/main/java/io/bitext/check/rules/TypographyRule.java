package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.text.Script;
import java.util.List;
import java.util.Map;

/**
 * Chinese–English typography, as the Chinese copywriting guidelines (and autocorrect) put it: a space
 * between Han characters and Latin letters or digits, full-width punctuation in Chinese sentences.
 * Both are matters of house style, so spacing is off and punctuation is info by default.
 */
public final class TypographyRule extends BaseRule {
    private static final Map<Character, Character> FULL_WIDTH = Map.of(',', '，', ';', '；', ':', '：', '?', '？', '!', '！',
            '(', '（', ')', '）');

    private final boolean spacing;

    private TypographyRule(boolean spacing) {
        super(spacing ? "typography.spacing" : "typography.punctuation", Category.TYPOGRAPHY,
                spacing ? Severity.OFF : Severity.INFO, spacing
                        ? "No space between Han characters and Latin letters or digits."
                        : "Half-width punctuation inside a Chinese sentence.");
        this.spacing = spacing;
    }

    public static TypographyRule spacing() {
        return new TypographyRule(true);
    }

    public static TypographyRule punctuation() {
        return new TypographyRule(false);
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        String text = context.note().text();
        for (Block block : context.note().blocks()) {
            if (block.kind() == BlockKind.VERBATIM || block.kind() == BlockKind.COVER_ENTRY) {
                continue;
            }
            int from = block.text().offset();
            int to = block.text().end();
            for (int i = from; i < to; i++) {
                if (!context.isProse(i)) {
                    continue;
                }
                char c = text.charAt(i);
                if (spacing) {
                    if (i + 1 < to && boundary(c, text.charAt(i + 1))) {
                        findings.report(context.location(i + 1, i + 1), "no space between ‘" + c + "’ and ‘" + text.charAt(i + 1) + "’",
                                List.of(), List.of(Replacement.safe(" ")));
                    }
                } else if (FULL_WIDTH.containsKey(c) && hanBefore(text, i, from) && hanAfter(text, i, to)) {
                    findings.report(context.location(i, i + 1), "half-width ‘" + c + "’ in a Chinese sentence",
                            List.of(), List.of(Replacement.safe(String.valueOf(FULL_WIDTH.get(c)))));
                }
            }
        }
    }

    private static boolean boundary(char a, char b) {
        return Script.isHan(a) && Character.isLetterOrDigit(b) && b < 0x80 || Script.isHan(b) && Character.isLetterOrDigit(a) && a < 0x80;
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
