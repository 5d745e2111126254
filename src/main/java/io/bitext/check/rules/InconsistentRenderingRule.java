package io.bitext.check.rules;

import io.bitext.check.Example;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.note.Span;
import io.bitext.term.TermOccurrence;

/** {@code term.inconsistent-rendering}: one English term given two Chinese renderings in the note. */
public final class InconsistentRenderingRule extends ConsistencyRule {
    public InconsistentRenderingRule() {
        super("term.inconsistent-rendering", 130, "One English term given two different Chinese renderings in the note.",
                "two renderings of one term",
                Example.incorrect("**Ann**：先讲 reinforcement learning（强化学习），再讲 reinforcement learning（强化学习）\n"
                        + "**Bo**：reinforcement learning（加强学习）", "加强学习", "强化学习"),
                Example.correct("**Ann**：reinforcement learning（强化学习）与 reinforcement learning（强化学习）"));
    }

    @Override
    boolean includes(TermOccurrence o, Glossary glossary) {
        return o.hasChineseRendering();
    }

    @Override
    String group(TermOccurrence o) {
        return key(o.normalized());
    }

    @Override
    String value(TermOccurrence o) {
        return o.rendering();
    }

    @Override
    Span where(TermOccurrence o) {
        return o.renderingSpan();
    }

    @Override
    String preferred(Glossary glossary, String group) {
        Entry entry = glossary.byEnglish(group);
        return entry == null || entry.zh().isEmpty() ? null : entry.zh();
    }

    @Override
    String describe(TermOccurrence o, String subject, String minority, String winner) {
        return "renders " + subject + " as ‘" + minority + "’ here but ‘" + winner + "’ elsewhere";
    }
}
