package io.bitext.check.rules;

import io.bitext.glossary.Glossary;
import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.note.Span;
import io.bitext.term.TermOccurrence;
import io.bitext.term.TermPattern;
import java.util.List;

/**
 * An abbreviation spelled out differently from the glossary: {@code DQN（Deep Q-Learning）} where
 * DQN is Deep Q-Network.
 */
public final class ExpansionRule extends BaseRule {

    public ExpansionRule() {
        super("glossary.wrong-expansion", Category.GLOSSARY, Severity.WARNING, 100,
                "An abbreviation whose expansion in the note contradicts the glossary.", "wrong expansion",
                Example.incorrect("**Ann**：DQN（Deep Q-Learning）时刻", "Deep Q-Learning", "Deep Q-Network"),
                Example.correct("**Ann**：DQN（Deep Q-Network）时刻"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        Glossary lookup = context.glossary();
        for (TermOccurrence pair : context.alignment().extraction().pairs()) {
            String abbreviation;
            String expansion;
            Span expansionSpan;
            if (pair.pattern() == TermPattern.EXPANSION) {
                abbreviation = pair.english();
                expansion = pair.rendering();
                expansionSpan = pair.renderingSpan();
            } else if (pair.pattern() == TermPattern.ABBREVIATION) {
                abbreviation = pair.rendering();
                expansion = pair.english();
                expansionSpan = pair.englishSpan();
            } else {
                continue;
            }
            Entry entry = lookup.byEnglish(abbreviation);
            if (entry == null || GlossaryLookup.isEnglishForm(entry, expansion)) {
                continue;
            }
            Entry expansionEntry = lookup.byEnglish(expansion);
            if (expansionEntry != null && expansionEntry != entry && GlossaryLookup.isEnglishForm(expansionEntry, abbreviation)) {
                continue; // the glossary knows this reading of the abbreviation too
            }
            String expected = GlossaryLookup.expansionOf(entry, abbreviation);
            findings.report(context.location(expansionSpan),
                    "‘" + expansion + "’ does not spell out " + abbreviation + ": the glossary has ‘" + expected + "’",
                    List.of(), List.of(Replacement.review(expected)));
        }
    }
}
