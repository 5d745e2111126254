package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.Status;
import io.bitext.glossary.TermType;
import io.bitext.text.TermKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A glossary form written in another case or width than the glossary writes it ({@code Openai},
 * {@code ＧＰＴ－４}). For names, models and abbreviations the glossary's spelling is the official one
 * (warning, safe to fix); for ordinary terms a capital may be the writer's emphasis (info).
 */
public final class CaseVariantRule extends BaseRule {

    public CaseVariantRule() {
        super("glossary.case", Category.GLOSSARY, Severity.INFO, 120,
                "A glossary term written in another case or character width than the glossary's: a warning for names and abbreviations, an info for other terms.",
                "case differs from the glossary",
                Example.incorrect("**Ann**：Openai 发布了", "Openai", "OpenAI"),
                Example.correct("**Ann**：OpenAI 发布了"),
                Example.correct("**Ann**：运行 `openai` 命令，配置在 ~/.openai/config 里"),
                Example.correct("**Ann**：见论文《Training A Reward Model》"),
                Example.correct("**Ann**：下载 gpt-4o-mini 的权重"));
    }

    /**
     * {@code fineweb-edu}, {@code gpt-4o-mini}: all lower case and joined by hyphens, dots or
     * underscores is the shape of a repository, package or API id, which is spelled that way.
     */
    static boolean isIdentifier(String written, String glossaryForm) {
        return written.equals(written.toLowerCase(java.util.Locale.ROOT)) && !written.equals(glossaryForm)
                && written.chars().anyMatch(c -> c == '-' || c == '_' || c == '.') && written.chars().noneMatch(c -> c == ' ');
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        Set<Integer> settled = new HashSet<>();
        for (GlossaryMatch m : context.matches()) {
            if (m.exact()) {
                settled.add(m.start() * 31 + m.end()); // written exactly as some form, a listed wrong one included
            }
        }
        Set<Integer> reported = new HashSet<>();
        CitedTitles cited = new CitedTitles(context.note());
        for (GlossaryMatch m : context.matches()) {
            int key = m.start() * 31 + m.end();
            if (settled.contains(key) || m.form().status() == Status.FORBIDDEN || !m.form().english()
                    || (cited.covers(m.start(), m.end()) || CapitalisedPlace.explains(context.note().text(), m.start(), m.end()))
                    && TermKey.onlyInitialsDiffer(m.text(), m.form().text())
                    || CapitalisedPlace.inCapitalsTitle(context.note().text(), m.start(), m.end())
                    || isIdentifier(m.text(), m.form().text()) || !reported.add(key)) {
                continue;
            }
            boolean official = m.entry().type().isName() || m.entry().type() == TermType.ABBREVIATION;
            findings.report(official ? Severity.WARNING : Severity.INFO, context.location(m.start(), m.end()),
                    "‘" + m.text() + "’ is written ‘" + m.form().text() + "’ in the glossary", List.of(),
                    List.of(new Replacement(m.form().text(), official)));
        }
    }
}
