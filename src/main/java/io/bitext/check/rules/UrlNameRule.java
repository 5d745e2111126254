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
import io.bitext.glossary.FormIndex;
import io.bitext.glossary.Glossary;
import io.bitext.phonetic.Edits;
import io.bitext.text.LeadingChars;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalog name misspelled inside a URL's domain, with or without its scheme: {@code hugginface.co}
 * for Hugging Face's {@code huggingface.co}. The domain's name (the label before its top-level part) is compared with
 * the catalog's organisation and product names written without spaces; one or two edits away, and not
 * itself a catalog name, it is likely a slip that leads nowhere.
 */
public final class UrlNameRule extends BaseRule {
    private static final Pattern HOST = Pattern.compile("https?://(?:[\\w-]+\\.)*?([a-z0-9-]{5,})\\.[a-z]{2,6}(?=[/:?#)\\]\\s]|$)");
    /**
     * A domain written without its scheme, as notes cite sites in a sentence ({@code hugginface.co/models}):
     * only under the top-level parts sites use, so file names ({@code config.json}, {@code train.py}) are not read as one.
     */
    private static final Pattern BARE_HOST = Pattern.compile(
            "(?=[a-z0-9-])(?<![\\w@./:-])(?:[a-z0-9-]+\\.)*?([a-z0-9-]{5,})\\.(?:com|co|ai|io|org|net|dev|app|so|sh|cn)(?![\\w-]|\\.\\w)");
    private static final LeadingChars SCHEME = LeadingChars.of("h");
    private static final LeadingChars BARE_LEADS = LeadingChars.of("a-z0-9-").notAfter("[\\w@./:-]");
    private static final UrlNameKeys KEYS = new UrlNameKeys();
    /** The last glossary's names by first letter: a run checks every note against one glossary. */
    private static volatile Initials last;

    public UrlNameRule() {
        super("asr.url-name", Category.ASR, Severity.WARNING, 95,
                "A catalog name misspelled in a URL's domain.", "misspelled domain",
                Example.incorrect("**Ann**：模型在 https://hugginface.co/Qwen 上可以下载", "hugginface"),
                Example.incorrect("**Ann**：模型见 hugginface.co/models。", "hugginface", "huggingface"),
                Example.correct("**Ann**：模型在 https://huggingface.co/Qwen 上可以下载，见 https://example.com/a"),
                Example.correct("**Ann**：见 huggingface.co/models，配置在 hugginface.json 和 train.py 里"));
    }

    @Override
    public void prepare(Glossary glossary) {
        FormIndex.of(glossary, KEYS);
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        Map<String, Optional<Map.Entry<String, Entry>>> decided = new HashMap<>(); // a note cites one site many times
        for (LeadingChars.Finder hosts : new LeadingChars.Finder[] {
                SCHEME.finder(HOST, context.note().text()), BARE_LEADS.finder(BARE_HOST, context.note().text())}) {
            Matcher host = hosts.matcher();
            while (hosts.find()) {
                String label = host.group(1);
                decided.computeIfAbsent(label, l -> misspelled(l, names(context.glossary(), l.charAt(0)))).ifPresent(name ->
                        report(context, findings, host.start(1), host.end(1), label, name.getKey(), name.getValue()));
            }
        }
    }

    private static void report(CheckContext context, Findings findings, int start, int end, String label, String key, Entry entry) {
        String preferred = GlossaryLookup.preferredEnglish(entry);
        // one edit of a long name, and the name itself written in the note's prose, make the slip sure
        boolean named = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(preferred) + "(?![\\p{L}])").matcher(context.note().text()).find();
        double confidence = Confidence.prior(0.55).add(Edits.distance(label, key) == 1, 0.6).add(key.length() >= 9, 0.3)
                .add(named, 1.0).value();
        findings.report(context.location(start, end), "the domain ‘" + label + "’ looks like a misspelling of "
                + preferred + " (‘" + key + "’)" + CatalogEvidence.of(entry),
                List.of(Evidence.catalog(entry, key)), confidence, List.of(Replacement.review(key)));
    }

    /** The catalog name the label misses by an edit or two, among {@code names}, those of its first letter. */
    private static Optional<Map.Entry<String, Entry>> misspelled(String label, Map<String, Entry> names) {
        // a slip keeps the first letter, and so does a shorter or longer name: only those names are compared
        // claude.ai beside Claude 2, deeplearning.ai beside Deeplearning4j: a shorter or longer name, no slip
        if (names.containsKey(label) || names.keySet().stream().anyMatch(n -> n.startsWith(label) || label.startsWith(n))) {
            return Optional.empty();
        }
        for (Map.Entry<String, Entry> name : names.entrySet()) {
            String key = name.getKey();
            // the first letter and the length first: they turn away almost every name before the table
            if (label.charAt(0) == key.charAt(0) && Edits.within(label, key, key.length() >= 9 ? 2 : 1)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The names of {@code initial}'s letter as domain labels, each label once with its first entry, in
     * glossary order; made once a run for each letter a note's domain begins with.
     */
    private static Map<String, Entry> names(Glossary glossary, char initial) {
        FormIndex index = FormIndex.of(glossary, KEYS);
        Initials known = last;
        if (known == null || known.index != index) {
            known = new Initials(index);
            last = known;
        }
        return known.names(initial);
    }

    /** The names of one glossary's index, by the first letter of their labels. */
    private static final class Initials {
        private final FormIndex index;
        private final Map<Character, Map<String, Entry>> byInitial = new HashMap<>();

        Initials(FormIndex index) {
            this.index = index;
        }

        synchronized Map<String, Entry> names(char initial) {
            Map<String, Entry> names = byInitial.get(initial);
            if (names == null) {
                names = new LinkedHashMap<>();
                for (FormIndex.Posting posting : index.get(UrlNameKeys.initial(initial))) {
                    names.putIfAbsent(UrlNameKeys.domainKey(posting.form().text()), posting.entry());
                }
                byInitial.put(initial, names);
            }
            return names;
        }
    }
}
