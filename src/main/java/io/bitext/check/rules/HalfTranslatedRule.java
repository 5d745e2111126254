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
    /**
     * Where a half may start; the half itself, one or two Latin words directly followed by one to
     * four Chinese characters ({@code ([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?) ?(\p{IsHan}{1,4})}), is
     * read by hand: a pattern tried at every word of a note costs more than the whole rule else.
     */
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
        Map<String, String> tails = tails(context, text);
        if (tails.isEmpty()) {
            return; // no term of several words: no half to hold against one
        }
        int next = 0;
        for (int at = 0; at < text.length(); at++) {
            if (at < next || !LATIN.startsAt(text, at)) {
                continue;
            }
            int first = wordEnd(text, at); // HALF's first group, as its backtracking leaves it
            int words = first;
            if (first + 1 < text.length() && text.charAt(first) == ' ' && isLatin(text.charAt(first + 1))) {
                int second = wordEnd(text, first + 1);
                if (hanAt(text, second < text.length() && text.charAt(second) == ' ' ? second + 1 : second)) {
                    words = second;
                }
            }
            int han = words < text.length() && text.charAt(words) == ' ' ? words + 1 : words;
            if (!hanAt(text, han)) {
                continue;
            }
            int hanEnd = hanEnd(text, han);
            next = hanEnd;
            half(context, findings, tails, text, at, words, han, hanEnd);
        }
    }

    /**
     * Each whole English term of two or three words, by its words but the last, lowercased: where
     * the word run at a place is not followed by a space and a Latin letter, {@code PHRASE} cannot
     * match there (a shorter first word ends before a word character, never a space).
     */
    private static Map<String, String> tails(CheckContext context, String text) {
        Map<String, String> tails = new HashMap<>(); // "in-context" → "learning", from the whole English term
        Matcher phrase = PHRASE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int at = 0; at < text.length(); at++) {
            if (at < next || !LATIN.startsAt(text, at)) {
                continue;
            }
            int end = wordEnd(text, at);
            if (end + 1 >= text.length() || text.charAt(end) != ' ' || !isLatin(text.charAt(end + 1))
                    || !phrase.region(at, text.length()).lookingAt()) {
                continue;
            }
            next = phrase.end();
            int space = phrase.group().lastIndexOf(' ');
            if (context.isProse(phrase.start())) {
                tails.putIfAbsent(phrase.group().substring(0, space).toLowerCase(), phrase.group());
            }
        }
        return tails;
    }

    /** A half from {@code start}: Latin words to {@code words}, Chinese characters from {@code han} to {@code hanEnd}. */
    private static void half(CheckContext context, Findings findings, Map<String, String> tails, String text,
            int start, int words, int han, int hanEnd) {
        String latin = text.substring(start, words);
        String whole = tails.get(latin.toLowerCase());
        int space = latin.indexOf(' ');
        if (whole == null && space > 0) { // "or Chat 完成": the term is the last word
            start += space + 1;
            whole = tails.get(latin.substring(space + 1).toLowerCase());
        }
        if (whole == null || !context.isProse(start)) {
            return;
        }
        String missing = whole.substring(whole.lastIndexOf(' ') + 1);
        String chinese = text.substring(han, hanEnd);
        for (int n = chinese.length(); n >= 2; n--) {
            if (renders(Dictionary.english(), missing, chinese.substring(0, n))) { // loaded on the first candidate only
                int end = han + n;
                findings.report(context.location(start, end), "‘" + text.substring(start, end)
                        + "’ is half translated; the note writes " + whole + " elsewhere", List.of(), List.of(Replacement.review(whole)));
                return;
            }
        }
    }

    /** The end of {@code [A-Za-z][\w-]*} from {@code at}, a Latin letter. */
    private static int wordEnd(String text, int at) {
        int end = at + 1;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code [\w-]} as a pattern means it without Unicode classes. */
    private static boolean isWordChar(char c) {
        return isLatin(c) || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private static boolean hanAt(String text, int at) {
        return at < text.length() && Character.UnicodeScript.of(text.codePointAt(at)) == Character.UnicodeScript.HAN;
    }

    /** The end of the run of one to four Han characters from {@code at}. */
    private static int hanEnd(String text, int at) {
        int end = at;
        for (int n = 0; n < 4 && hanAt(text, end); n++) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean renders(Dictionary dictionary, String english, String han) {
        List<String> renderings = dictionary.translations(english);
        int index = renderings.indexOf(han);
        return index >= 0 && index < FIRST_RENDERINGS;
    }
}
