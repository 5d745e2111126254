package io.bitext.check.rules;

import io.bitext.glossary.Glossary;
import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.term.TermOccurrence;
import java.util.List;

/**
 * A term the note glosses with another Chinese rendering than the glossary prefers:
 * {@code 训练后（post-training）} where the glossary has 后训练. An admitted rendering is info, a
 * forbidden one an error, any other a warning.
 */
public final class RenderingRule extends BaseRule {
    /** Below this the extractor is unsure where the Chinese side starts; its rendering may be cut short. */
    private static final double SURE = 0.6;

    public RenderingRule() {
        super("glossary.rendering", Category.GLOSSARY, Severity.WARNING, 110,
                "A glossed term whose Chinese rendering is not the glossary's preferred one.", "rendering differs from the glossary",
                Example.incorrect("**Ann**：真正的 RLHF 在训练后（post-training）吗", "训练后", "后训练"),
                Example.correct("**Ann**：这是后训练（post-training）阶段"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        Glossary lookup = context.glossary();
        for (TermOccurrence pair : context.alignment().extraction().pairs()) {
            if (!pair.hasChineseRendering() || pair.confidence() < SURE) {
                continue;
            }
            Entry entry = lookup.byEnglish(pair.normalized());
            if (entry == null) {
                entry = lookup.byEnglish(pair.english());
            }
            if (entry == null || entry.zh().isEmpty() || entry.zh().equals(pair.rendering())) {
                continue;
            }
            String rendering = pair.rendering();
            Severity severity = entry.zhAdmitted().contains(rendering) ? Severity.INFO
                    : entry.zhForbidden().contains(rendering) ? Severity.ERROR : Severity.WARNING;
            String how = severity == Severity.INFO ? "an admitted rendering" : severity == Severity.ERROR ? "a rendering the glossary forbids" : "not the glossary's rendering";
            findings.report(severity, context.location(pair.renderingSpan()),
                    "‘" + rendering + "’ for " + pair.english() + " is " + how + "; the glossary prefers ‘" + entry.zh() + "’",
                    List.of(context.location(pair.englishSpan())), List.of(Replacement.review(entry.zh())));
        }
    }
}
