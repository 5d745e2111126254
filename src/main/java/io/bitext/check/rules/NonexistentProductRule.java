package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.text.LeadingChars;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product name that does not exist because speech (or habit) fused a product and a model:
 * {@code ChatGPT-5} where the model is GPT-5 and the product ChatGPT. Known when the glossary or the
 * note's title has the model {@code GPT-N}.
 */
public final class NonexistentProductRule extends BaseRule {
    private static final Pattern FUSED = Pattern.compile("(?<![\\p{Alnum}])ChatGPT[-\\s]?(\\d+(?:\\.\\d+)?o?)(?![\\p{Alnum}])",
            Pattern.CASE_INSENSITIVE);
    /** Where the name may start: a C or c after no letter or digit; the pattern is tried only there. */
    private static final LeadingChars LEADS = LeadingChars.of("Cc").notAfter("\\p{Alnum}");

    public NonexistentProductRule() {
        super("names.nonexistent-product", Category.NAMES, Severity.WARNING, 50,
                "A fused product and model name that does not exist, such as ChatGPT-5 for GPT-5.", "no such product",
                Example.incorrect("**Matt**：ChatGPT-5 来了", "ChatGPT-5", "GPT-5"),
                Example.correct("**Matt**：GPT-5 来了，ChatGPT 也更新了"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        String title = context.note().title();
        LeadingChars.Finder fused = LEADS.finder(FUSED, context.note().text());
        Matcher m = fused.matcher();
        while (fused.find()) {
            if (!context.isProse(m.start())) {
                continue;
            }
            String model = "GPT-" + m.group(1);
            Entry entry = context.glossary().byEnglish(model);
            boolean inTitle = title.contains(model);
            if (entry == null && !inTitle) {
                continue;
            }
            findings.report(context.location(m.start(), m.end()), "‘" + m.group() + "’ is not a product: the model is "
                    + model + (inTitle ? " (as the title says)" : "") + ", the product ChatGPT", List.of(),
                    List.of(Replacement.review(model)));
        }
    }
}
