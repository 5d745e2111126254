package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;
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
        super("typography.unbalanced", Category.TYPOGRAPHY, Severity.INFO, 210,
                "An unbalanced bracket, quote, ** or == mark in a block.", "unbalanced mark",
                Example.incorrect("**Ann**：这里（没有闭合", "（"),
                Example.correct("**Ann**：这里（有闭合）**粗体**"));
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
            marks(context, findings, block, "**");
            marks(context, findings, block, "==");
        }
    }

    /**
     * A {@code **} or {@code ==} that Markdown does not pair stays on the page as asterisks or equals
     * signs: left open, or (the usual case in Chinese) closed right after a full-width punctuation mark
     * and before a letter, where CommonMark does not let emphasis close: {@code **自我改进？**一旦}.
     */
    private static void marks(CheckContext context, Findings findings, Block block, String mark) {
        String text = context.note().text();
        int from = block.text().offset();
        int to = block.text().end();
        int first = indexOf(text, mark, from, to);
        if (first < 0) {
            return;
        }
        // the markup characters of the block's marks, found once: asking each mark's inlines in turn
        // cost the square of their number in a paragraph of thousands of unpaired marks
        java.util.BitSet markup = new java.util.BitSet(to - from);
        for (var inline : block.inlines()) {
            markup.set(Math.max(0, inline.span().offset() - from), Math.max(0, inline.content().offset() - from));
            markup.set(Math.max(0, inline.content().end() - from), Math.max(0, inline.span().end() - from));
        }
        for (int i = first; i >= 0; i = indexOf(text, mark, i + mark.length(), to)) {
            int at = i;
            boolean paired = markup.get(at - from);
            if (!paired) {
                findings.report(context.location(at, at + mark.length()), "‘" + mark + "’ is left as text: Markdown pairs no mark here"
                        + " (a mark cannot close after ‘？’ or ‘”’ when a letter follows; move it before the punctuation)", List.of(), List.of());
            }
        }
    }

    /** {@code mark} in {@code [from, to)}: String.indexOf would search on to the note's end for every block. */
    private static int indexOf(String text, String mark, int from, int to) {
        for (int i = from; i + mark.length() <= to; i++) {
            if (text.startsWith(mark, i)) {
                return i;
            }
        }
        return -1;
    }
}
