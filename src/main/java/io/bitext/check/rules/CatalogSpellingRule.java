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
import io.bitext.glossary.Status;
import java.util.List;

/**
 * A catalog name split, joined or cased another way: {@code Lang Chain} and {@code Open AI} for
 * LangChain and OpenAI, {@code megatronLM} for Megatron-LM, {@code Gemini 2.5 pro} for Gemini 2.5
 * Pro. A single word in lower case only ({@code claude}, {@code openai}) is left to
 * {@code glossary.case}: it is as often a command or a package name. The fix is safe when one entry
 * alone writes the name that way.
 */
public final class CatalogSpellingRule extends BaseRule {
    private static final double PRIOR = 0.75;
    private static final double ONE_ENTRY = 1.2;

    public CatalogSpellingRule() {
        super("glossary.catalog-spelling", Category.GLOSSARY, Severity.WARNING, 115,
                "A catalog name split, joined or cased unlike any of its catalog forms.", "catalog spelling",
                Example.incorrect("**Ann**：我们用 megatronLM 训练", "megatronLM", "Megatron-LM"),
                Example.incorrect("**Ann**：Gemini 2.5 pro 发布了", "Gemini 2.5 pro", "Gemini 2.5 Pro"),
                Example.correct("**Ann**：我们用 Megatron-LM 训练，Gemini 2.5 Pro 发布了，pip install openai"));
    }

    @Override
    public void prepare(Glossary glossary) {
        CatalogForms.of(glossary);
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        for (CatalogForms.Hit hit : CatalogForms.of(context.glossary()).scan(context, false)) {
            if (!context.isProse(hit.start()) || !context.isProse(hit.end() - 1) || writtenAsListed(hit)) {
                continue;
            }
            Entry entry = hit.entries().get(0);
            String right = CatalogForms.formLike(entry, hit.text());
            boolean separators = CatalogForms.breaksDiffer(hit.text(), right);
            if (!separators && !wrongCase(hit.text(), right)) {
                continue;
            }
            boolean alone = hit.entries().size() == 1;
            // the same letters as a catalog name: sure when one entry alone writes it, less so among several
            double confidence = Confidence.prior(PRIOR).add(alone, ONE_ENTRY).value();
            findings.report(context.location(hit.start(), hit.end()), "‘" + hit.text() + "’ is " + (separators ? "split or joined" : "cased")
                    + " unlike the catalog’s " + right + CatalogEvidence.of(entry), List.of(Evidence.catalog(entry, right)), confidence,
                    List.of(alone ? Replacement.safe(right) : Replacement.review(right)));
        }
    }

    /** The text is one of an entry's forms as the entry writes it, or a form the glossary forbids (another rule's). */
    private static boolean writtenAsListed(CatalogForms.Hit hit) {
        for (Entry entry : hit.entries()) {
            for (Entry.Form form : entry.forms()) {
                boolean accepted = form.english() && form.status() != Status.FORBIDDEN;
                if (accepted && form.text().equals(hit.text()) || form.status() == Status.FORBIDDEN && form.text().equalsIgnoreCase(hit.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A casing worth a warning: not a slug in lower case ({@code fineweb-edu}, {@code claude}) nor a
     * word in capitals ({@code Z.AI}); a single word only when it mixes cases ({@code Github}).
     */
    private static boolean wrongCase(String text, String right) {
        String letters = text.replaceAll("[^\\p{L}]", "");
        boolean lower = letters.equals(letters.toLowerCase(java.util.Locale.ROOT));
        boolean upper = letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
        if (text.replaceAll("[ -]", "").equals(right.replaceAll("[ -]", "")) || lower || upper && !text.contains(" ")) {
            return false;
        }
        return text.contains(" ") || !upper;
    }
}
