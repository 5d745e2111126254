package io.bitext.check.rules;

import io.bitext.glossary.Glossary;
import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import java.util.List;

/**
 * A catalog name with a letter and a digit mixed up, as speech recognition and OCR do:
 * {@code GPT-4.0} for GPT-4o, {@code Llama 3.l} for Llama 3.1. Found by the confusion key of
 * {@link CatalogForms}, for names with a digit only, so that {@code All} never becomes {@code Ali}.
 */
public final class LetterDigitRule extends BaseRule {

    public LetterDigitRule() {
        super("asr.letter-digit", Category.ASR, Severity.WARNING, 85,
                "A catalog name with a letter and a digit confused (0/O/o, 1/l/I).", "letter–digit confusion",
                Example.incorrect("**Ann**：我们换成了 GPT-4.0 来跑评测", "GPT-4.0", "GPT-4o"),
                Example.incorrect("**Ann**：Meta 开源了 Llama 3.l 模型", "Llama 3.l", "Llama 3.1"),
                Example.correct("**Ann**：我们换成了 GPT-4o 来跑评测，Meta 开源了 Llama 3.1 模型"));
    }

    @Override
    public void prepare(Glossary glossary) {
        CatalogForms.of(glossary);
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        CatalogForms forms = CatalogForms.of(context.glossary());
        String text = context.note().text();
        for (CatalogForms.Hit hit : forms.scan(text, true)) {
            if (!context.isProse(hit.start()) || !context.isProse(hit.end() - 1)) {
                continue;
            }
            Entry entry = hit.entries().get(0);
            String right = GlossaryLookup.preferredEnglish(entry);
            boolean digits = hit.text().chars().anyMatch(Character::isDigit) || right.chars().anyMatch(Character::isDigit);
            if (!digits || CatalogForms.spellingKey(hit.text()).equals(CatalogForms.spellingKey(right))
                    || GlossaryLookup.isEnglishForm(entry, hit.text())) {
                continue; // the same name cased or spaced another way, or a form the glossary lists
            }
            findings.report(context.location(hit.start(), hit.end()), "‘" + hit.text() + "’ confuses a letter and a digit of "
                    + right + CatalogEvidence.of(entry), List.of(), List.of(hit.entries().size() == 1
                    ? Replacement.review(right) : Replacement.review(right)));
        }
    }
}
