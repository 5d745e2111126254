package io.bitext.check.rules;

import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.text.Script;
import java.util.List;

/** {@code typography.spacing}: no space between Han characters and Latin letters or digits (off by default). */
public final class SpacingRule extends TypographyRule {
    public SpacingRule() {
        super("typography.spacing", Severity.OFF, 220, "No space between Han characters and Latin letters or digits.",
                "no space around Latin",
                Example.incorrect("**Ann**：用RL 训练", "", " "),
                Example.correct("**Ann**：用 RL 训练"));
    }

    @Override
    void inspect(CheckContext context, Findings findings, String text, int i, int from, int to) {
        char c = text.charAt(i);
        if (i + 1 < to && boundary(c, text.charAt(i + 1))) {
            findings.report(context.location(i + 1, i + 1), "no space between ‘" + c + "’ and ‘" + text.charAt(i + 1) + "’",
                    List.of(), List.of(Replacement.safe(" ")));
        }
    }

    private static boolean boundary(char a, char b) {
        return Script.isHan(a) && Character.isLetterOrDigit(b) && b < 0x80 || Script.isHan(b) && Character.isLetterOrDigit(a) && a < 0x80;
    }
}
