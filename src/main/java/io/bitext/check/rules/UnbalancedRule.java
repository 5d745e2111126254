package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.check.Severity;
import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Brackets and quotes left open or closed twice in a block, and {@code **} or {@code ==} marks
 * without a partner: a sign that text was cut or pasted badly.
 */
public final class UnbalancedRule extends BaseRule {
    private static final String OPEN = "（(“‘「『【《";
    private static final String CLOSE = "）)”’」』】》";

    public UnbalancedRule() {
        super("typography.unbalanced", Category.TYPOGRAPHY, Severity.INFO,
                "An unbalanced bracket, quote, ** or == mark in a block.");
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        String text = context.note().text();
        for (Block block : context.note().blocks()) {
            if (block.kind() == BlockKind.VERBATIM) {
                continue;
            }
            int from = block.span().offset();
            int to = block.span().end();
            Deque<Integer> open = new ArrayDeque<>();
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                int o = OPEN.indexOf(c);
                int k = CLOSE.indexOf(c);
                if (o >= 0 && !(c == '‘' || c == '’')) {
                    open.push(i);
                } else if (k >= 0 && !(c == '‘' || c == '’')) {
                    if (open.isEmpty() || OPEN.indexOf(text.charAt(open.peek())) != k) {
                        findings.report(context.location(i, i + 1), "‘" + c + "’ closes nothing", List.of(), List.of());
                    } else {
                        open.pop();
                    }
                }
            }
            for (int at : open) {
                findings.report(context.location(at, at + 1), "‘" + text.charAt(at) + "’ is never closed", List.of(), List.of());
            }
            marks(context, findings, text, from, to, "**");
            marks(context, findings, text, from, to, "==");
        }
    }

    private static void marks(CheckContext context, Findings findings, String text, int from, int to, String mark) {
        int count = 0;
        int last = -1;
        for (int i = text.indexOf(mark, from); i >= 0 && i + mark.length() <= to; i = text.indexOf(mark, i + mark.length())) {
            count++;
            last = i;
        }
        if (count % 2 == 1) {
            findings.report(context.location(last, last + mark.length()), "‘" + mark + "’ has no partner in this block", List.of(), List.of());
        }
    }
}
