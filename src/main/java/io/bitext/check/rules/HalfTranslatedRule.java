package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.dict.Dictionary;
import io.bitext.text.LeadingChars;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term half in English, half in Chinese, where the note writes it whole in English elsewhere:
 * {@code in-context 学习} beside {@code in-context learning}, {@code Chat 完成} beside
 * {@code Chat Completions}. The Chinese half must be a rendering of the missing English word by the
 * dictionary, so a Latin word that merely stands before Chinese text stays quiet.
 */
public final class HalfTranslatedRule extends BaseRule {
    /** Two or three Latin words: a term the note writes in English. */
    private static final Pattern PHRASE = Pattern.compile("(?=[A-Za-z])(?<![\\p{L}\\p{N}-])[A-Za-z][\\w-]*(?: [A-Za-z][\\w-]*){1,2}(?![\\p{L}\\p{N}])");
    /** One or two Latin words directly followed by Chinese characters. */
    private static final Pattern HALF = Pattern.compile("(?=[A-Za-z])(?<![\\p{L}\\p{N}-])([A-Za-z][\\w-]*(?: [A-Za-z][\\w-]*)?) ?(\\p{IsHan}{1,4})");
    private static final LeadingChars LATIN = LeadingChars.of("A-Za-z").notAfter("[\\p{L}\\p{N}-]");
    /** Only a word's first renderings count: a dictionary lists far-fetched ones last ({@code size}: … 能力). */
    private static final int FIRST_RENDERINGS = 3;

    public HalfTranslatedRule() {
        super("term.half-translated", Category.CONSISTENCY, Severity.WARNING, 135,
                "A term written half in English and half in Chinese where the note writes it whole in English elsewhere.",
                "half-translated term",
                Example.incorrect("**Ann**：模型靠 in-context 学习完成任务，这就是 in-context learning。", "in-context 学习", "in-context learning"),
                Example.correct("**Ann**：模型靠 in-context learning 完成任务，这就是 in-context learning。"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        String text = context.note().text();
        Map<String, String> tails = new HashMap<>(); // "in-context" → "learning", from the whole English term
        LeadingChars.Finder phrases = LATIN.finder(PHRASE, text);
        Matcher phrase = phrases.matcher();
        while (phrases.find()) {
            int space = phrase.group().lastIndexOf(' ');
            if (context.isProse(phrase.start())) {
                tails.putIfAbsent(phrase.group().substring(0, space).toLowerCase(), phrase.group());
            }
        }
        LeadingChars.Finder halves = LATIN.finder(HALF, text);
        Matcher half = halves.matcher();
        while (halves.find()) {
            int start = half.start();
            String whole = tails.get(half.group(1).toLowerCase());
            int space = half.group(1).indexOf(' ');
            if (whole == null && space > 0) { // "or Chat 完成": the term is the last word
                start += space + 1;
                whole = tails.get(half.group(1).substring(space + 1).toLowerCase());
            }
            if (whole == null || !context.isProse(start)) {
                continue;
            }
            String missing = whole.substring(whole.lastIndexOf(' ') + 1);
            String han = half.group(2);
            for (int n = han.length(); n >= 2; n--) {
                if (renders(Dictionary.english(), missing, han.substring(0, n))) { // loaded on the first candidate only
                    int end = half.start(2) + n;
                    findings.report(context.location(start, end), "‘" + text.substring(start, end)
                            + "’ is half translated; the note writes " + whole + " elsewhere", List.of(), List.of(Replacement.review(whole)));
                    break;
                }
            }
        }
    }

    private static boolean renders(Dictionary dictionary, String english, String han) {
        List<String> renderings = dictionary.translations(english);
        int index = renderings.indexOf(han);
        return index >= 0 && index < FIRST_RENDERINGS;
    }
}
