package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Confidence;
import io.bitext.check.Evidence;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.Status;
import io.bitext.phonetic.Edits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalog name misspelled inside a URL's domain: {@code hugginface.co} for Hugging Face's
 * {@code huggingface.co}. The domain's name (the label before its top-level part) is compared with
 * the catalog's organisation and product names written without spaces; one or two edits away, and not
 * itself a catalog name, it is likely a slip that leads nowhere.
 */
public final class UrlNameRule extends BaseRule {
    private static final Pattern HOST = Pattern.compile("https?://(?:[\\w-]+\\.)*?([a-z0-9-]{5,})\\.[a-z]{2,6}(?=[/:?#)\\]\\s]|$)");
    private static final Pattern SEPARATORS = Pattern.compile("[ .-]");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]+");
    private static final Map<Glossary, Map<String, Entry>> CACHE = new WeakHashMap<>();

    public UrlNameRule() {
        super("asr.url-name", Category.ASR, Severity.WARNING, 95,
                "A catalog name misspelled in a URL's domain.", "misspelled domain",
                Example.incorrect("**Ann**：模型在 https://hugginface.co/Qwen 上可以下载", "hugginface"),
                Example.correct("**Ann**：模型在 https://huggingface.co/Qwen 上可以下载，见 https://example.com/a"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        Matcher host = HOST.matcher(context.note().text());
        Map<String, Entry> names = null;
        while (host.find()) {
            names = names == null ? names(context.glossary()) : names; // built on the first URL: most notes have none
            String label = host.group(1);
            // claude.ai beside Claude 2, deeplearning.ai beside Deeplearning4j: a shorter or longer name, no slip
            if (names.containsKey(label) || names.keySet().stream().anyMatch(n -> n.startsWith(label) || label.startsWith(n))) {
                continue;
            }
            for (Map.Entry<String, Entry> name : names.entrySet()) {
                int distance = Edits.distance(label, name.getKey());
                if (distance > 0 && distance <= (name.getKey().length() >= 9 ? 2 : 1) && label.charAt(0) == name.getKey().charAt(0)) {
                    Entry entry = name.getValue();
                    String preferred = GlossaryLookup.preferredEnglish(entry);
                    // one edit of a long name, and the name itself written in the note's prose, make the slip sure
                    boolean named = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(preferred) + "(?![\\p{L}])").matcher(context.note().text()).find();
                    double confidence = Confidence.prior(0.55).add(distance == 1, 0.6).add(name.getKey().length() >= 9, 0.3)
                            .add(named, 1.0).value();
                    findings.report(context.location(host.start(1), host.end(1)), "the domain ‘" + label + "’ looks like a misspelling of "
                            + preferred + " (‘" + name.getKey() + "’)" + CatalogEvidence.of(entry),
                            List.of(Evidence.catalog(entry, name.getKey())), confidence, List.of(Replacement.review(name.getKey())));
                    break;
                }
            }
        }
    }

    /** Organisation and product names of seven letters or more, lower case without spaces or hyphens. */
    private static synchronized Map<String, Entry> names(Glossary glossary) {
        return CACHE.computeIfAbsent(glossary, g -> {
            Map<String, Entry> names = new LinkedHashMap<>();
            for (Entry entry : g.entries()) {
                if (entry.type() == null || !entry.type().isName()) {
                    continue;
                }
                for (Entry.Form form : entry.forms()) {
                    String key = SEPARATORS.matcher(form.text().toLowerCase(Locale.ROOT)).replaceAll("");
                    if (form.english() && form.status() != Status.FORBIDDEN && key.length() >= 7 && LABEL.matcher(key).matches()) {
                        names.putIfAbsent(key, entry);
                    }
                }
            }
            return names;
        });
    }
}
