package io.bitext.check.rules;

import io.bitext.glossary.Glossary;
import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Confidence;
import io.bitext.check.Evidence;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A catalog name with a letter and a digit mixed up, as speech recognition and OCR do:
 * {@code GPT-4.0} for GPT-4o, {@code Llama 3.l} for Llama 3.1. Found by the confusion key of
 * {@link CatalogForms}, for names with a digit only, so that {@code All} never becomes {@code Ali}.
 */
public final class LetterDigitRule extends BaseRule {
    private static final double PRIOR = 0.7;
    private static final double ONE_ENTRY = 0.5;
    private static final double SEVERAL = -0.8;

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
        for (CatalogForms.Hit hit : forms.scan(context, true)) {
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
            List<Evidence> evidence = new ArrayList<>(List.of(Evidence.catalog(entry, right)));
            double confidence = confidence(context, hit, entry, right, evidence);
            String where = evidence.stream().filter(Evidence.Original.class::isInstance).map(e -> Signals.where((Evidence.Original) e))
                    .findFirst().map(w -> "; the English original writes it so" + w).orElse("");
            findings.report(context.location(hit.start(), hit.end()), "‘" + hit.text() + "’ confuses a letter and a digit of "
                    + right + CatalogEvidence.of(entry) + where, evidence, confidence,
                    List.of(hit.entries().size() == 1 ? Replacement.safe(right) : Replacement.review(right)));
        }
    }

    /**
     * One entry with that key, its organisation or family named nearby ({@code Meta} beside
     * {@code Llama 3.l}) and the English original writing the catalog's form make the confusion sure;
     * several entries under one key, or the original writing the note's form, make it doubtful.
     */
    private static double confidence(CheckContext context, CatalogForms.Hit hit, Entry entry, String right, List<Evidence> evidence) {
        List<Evidence> nearby = Signals.context(context, entry, hit.start(), hit.end());
        Optional<Evidence.Original> agrees = Signals.original(context, hit.start(), right);
        Optional<Evidence.Original> disagrees = agrees.isPresent() ? Optional.empty() : Signals.original(context, hit.start(), hit.text());
        evidence.addAll(nearby);
        agrees.ifPresent(evidence::add);
        disagrees.ifPresent(evidence::add);
        return Confidence.prior(PRIOR).add(hit.entries().size() == 1, ONE_ENTRY).add(hit.entries().size() > 1, SEVERAL)
                .add(true, Signals.CONTEXT * nearby.size()).add(agrees.isPresent(), Signals.ORIGINAL_AGREES)
                .add(disagrees.isPresent(), Signals.ORIGINAL_DISAGREES).value();
    }
}
