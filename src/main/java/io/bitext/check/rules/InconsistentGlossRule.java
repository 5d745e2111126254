package io.bitext.check.rules;

import io.bitext.check.Example;
import io.bitext.check.Replacement;
import io.bitext.glossary.Glossary;
import io.bitext.note.Span;
import io.bitext.term.TermOccurrence;
import java.util.List;

/** {@code term.inconsistent-gloss}: one Chinese rendering glossed with two English terms in the note. */
public final class InconsistentGlossRule extends ConsistencyRule {
    public InconsistentGlossRule() {
        super("term.inconsistent-gloss", 140, "One Chinese rendering glossed with two different English terms in the note.",
                "one rendering, two terms",
                Example.incorrect("**Ann**：agent（智能体）与 agent（智能体）\n**Bo**：actor（智能体）", "actor"),
                Example.correct("**Ann**：agent（智能体）与 agent（智能体）"));
    }

    @Override
    boolean includes(TermOccurrence o, Glossary glossary) {
        return o.hasChineseRendering();
    }

    @Override
    String group(TermOccurrence o) {
        return o.rendering();
    }

    @Override
    String value(TermOccurrence o) {
        return key(o.normalized());
    }

    @Override
    Span where(TermOccurrence o) {
        return o.englishSpan();
    }

    @Override
    String describe(TermOccurrence o, String subject, String minority, String winner) {
        return "glosses ‘" + o.rendering() + "’ as " + o.normalized() + " here but as " + winner + " elsewhere";
    }

    /** Either term may be the right one for the rendering: the editor decides, nothing is proposed. */
    @Override
    List<Replacement> suggest(TermOccurrence o, String winner, String fromGlossary) {
        return List.of();
    }
}
