package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.check.Severity;
import io.bitext.note.Block;
import io.bitext.note.BlockKind;

/**
 * Chinese–English typography, as the Chinese copywriting guidelines (and autocorrect) put it: a space
 * between Han characters and Latin letters or digits, full-width punctuation in Chinese sentences.
 * Both are matters of house style: {@link SpacingRule} is off and {@link PunctuationRule} info by default.
 * The rules share the walk over each prose character of the note's blocks.
 */
abstract class TypographyRule extends BaseRule {
    TypographyRule(String id, Severity severity, int priority, String description, String shortMessage, Example... examples) {
        super(id, Category.TYPOGRAPHY, severity, priority, description, shortMessage, examples);
    }

    /** Looks at the character at {@code i} of a block's text, which runs from {@code from} to {@code to}. */
    abstract void inspect(CheckContext context, Findings findings, String text, int i, int from, int to);

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
                inspect(context, findings, text, i, from, to);
            }
        }
    }

}
