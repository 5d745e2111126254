package io.bitext.check.rules;

import io.bitext.check.Example;
import io.bitext.glossary.Glossary;
import io.bitext.note.Span;
import io.bitext.term.TermOccurrence;
import io.bitext.term.TermPattern;

/** {@code abbreviation.inconsistent-expansion}: one abbreviation spelled out two ways in the note. */
public final class InconsistentExpansionRule extends ConsistencyRule {
    public InconsistentExpansionRule() {
        super("abbreviation.inconsistent-expansion", 160, "One abbreviation spelled out two different ways in the note.",
                "two expansions of one abbreviation",
                Example.incorrect("**Ann**：chain-of-thought（CoT）与 chain-of-thought（CoT）\n**Bo**：CoT（Chain of Thoughts）",
                        "Chain of Thoughts", "chain-of-thought"),
                Example.correct("**Ann**：chain-of-thought（CoT）与 chain-of-thought（CoT）"));
    }

    @Override
    boolean includes(TermOccurrence o, Glossary glossary) {
        return isAbbreviationPair(o);
    }

    private static boolean expands(TermOccurrence o) {
        return o.pattern() == TermPattern.EXPANSION;
    }

    @Override
    String group(TermOccurrence o) {
        return key(expands(o) ? o.english() : o.rendering());
    }

    @Override
    String value(TermOccurrence o) {
        return expands(o) ? o.rendering() : o.english();
    }

    @Override
    Span where(TermOccurrence o) {
        return expands(o) ? o.renderingSpan() : o.englishSpan();
    }

    @Override
    String describe(TermOccurrence o, String subject, String minority, String winner) {
        return "spells out " + subject + " as ‘" + minority + "’ here but ‘" + winner + "’ elsewhere";
    }
}
