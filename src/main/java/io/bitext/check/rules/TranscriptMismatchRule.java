package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.transcript.Stretch;
import java.util.List;

/**
 * A name or term of a section that its stretch of the English original does not say, while the
 * original says something close in its place: {@code Jared Faraic} in the note, {@code Jerry Tworek}
 * in the English. This is how the original catches mishearings the glossary does not know. Runs only
 * when the check is given a transcript ({@code --transcript}).
 */
public final class TranscriptMismatchRule extends BaseRule {

    public TranscriptMismatchRule() {
        super("asr.transcript-mismatch", Category.ASR, Severity.WARNING, 20,
                "A name or term of a section that the English original renders differently (needs --transcript).",
                "the English original differs",
                Example.correct("**Ann**：没有英文原文时，这条规则不报告 Jon Shulman"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        if (context.transcript() == null) {
            return;
        }
        for (Stretch stretch : context.transcript().stretches()) {
            for (Stretch.Miss miss : stretch.missing()) {
                if (miss.instead() == null) {
                    continue;
                }
                findings.report(context.location(miss.termOffset(), miss.termOffset() + miss.termLength()),
                        "the English original says ‘" + miss.instead() + "’ where the note writes ‘" + miss.term() + "’",
                        List.of(), List.of(Replacement.review(miss.instead())));
            }
        }
    }
}
