package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.dict.Dictionary;
import io.bitext.phonetic.Edits;
import io.bitext.phonetic.SoundKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name the note writes the way it sounds, not the way the note's own title, cover or link text
 * establishes it: the title says {@code Lessie AI}, the body {@code Less AI}. Words are compared by
 * their Double Metaphone keys and by edit distance; a name of one word must be capitalised and no
 * common English word on either side, so ordinary words stay quiet. One pass over the text, one
 * comparison per established name of the same length: linear in the text.
 */
public final class SoundsLikeRule extends BaseRule {
    private static final String TITLED = "## 封面\n- 标题：对谈 Lessie AI 创始人\n## 全文\n### 话题\n";
    /**
     * One to three Latin words, each capitalised or an acronym: how a name stands in a title. Han
     * characters end a word: {@code Less AI的方向} names {@code Less AI}.
     */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}])[A-Z][\\p{IsLatin}\\p{N}]*(?: [A-Z][\\p{IsLatin}\\p{N}]*){0,2}(?![\\p{IsLatin}\\p{N}])");
    private static final Pattern LINK_TEXT = Pattern.compile("\\[([^\\]\\n]{1,80})\\]\\(");

    public SoundsLikeRule() {
        super("asr.sounds-like", Category.ASR, Severity.WARNING, 88,
                "A name that sounds like, but is spelled unlike, a name the note's title, cover or link text establishes.",
                "sounds like the title's name",
                Example.incorrect(TITLED + "**Ann**：我是 Less AI 的创始人\n", "Less AI", "Lessie AI"),
                Example.incorrect(TITLED.replace("### 话题", "### Less AI的方向") + "**Ann**：你好\n", "Less AI", "Lessie AI"),
                Example.correct(TITLED + "**Ann**：我是 Lessie AI 的创始人，不要 less is more\n"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        List<String[]> names = established(context);
        if (names.isEmpty()) {
            return;
        }
        String text = context.note().text();
        Matcher run = NAME.matcher(text);
        while (run.find()) {
            if (!context.isProse(run.start())) {
                continue;
            }
            String[] words = run.group().split(" ");
            for (int n = 1; n <= words.length; n++) {
                for (int i = 0; i + n <= words.length; i++) {
                    String[] window = java.util.Arrays.copyOfRange(words, i, i + n);
                    String heard = match(window, names);
                    if (heard != null) {
                        int start = run.start() + offsetOf(words, i);
                        int end = start + String.join(" ", window).length();
                        findings.report(context.location(start, end), "‘" + String.join(" ", window) + "’ sounds like "
                                + heard + ", as the note's title or cover writes it", List.of(), List.of(Replacement.review(heard)));
                    }
                }
            }
        }
    }

    private static int offsetOf(String[] words, int index) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            at += words[i].length() + 1;
        }
        return at;
    }

    /** The established name the window sounds like, or null. */
    private static String match(String[] window, List<String[]> names) {
        for (String[] name : names) {
            if (name.length == window.length && alike(window, name)) {
                return String.join(" ", name);
            }
        }
        return null;
    }

    /** Every word alike, at least one differently spelled; a one-word name must be rare on both sides. */
    private static boolean alike(String[] heard, String[] name) {
        int differing = 0;
        for (int i = 0; i < heard.length; i++) {
            if (heard[i].equalsIgnoreCase(name[i])) {
                continue;
            }
            differing++;
            int distance = Edits.distance(heard[i].toLowerCase(), name[i].toLowerCase());
            if (!SoundKey.alike(heard[i], name[i]) || distance > Math.max(2, name[i].length() / 3)
                    || heard[i].length() < 3) {
                return false;
            }
        }
        if (differing == 0 || differing == heard.length && heard.length > 1) {
            return false;
        }
        Dictionary dictionary = Dictionary.english();
        return heard.length > 1 || !dictionary.isCommonWord(heard[0]) && !dictionary.isCommonWord(name[0]);
    }

    /** Names of one to three words in the title, the cover's values and the link texts. */
    private static List<String[]> established(CheckContext context) {
        Set<String> sources = new LinkedHashSet<>();
        sources.add(context.note().title());
        sources.addAll(context.note().cover().values());
        Matcher link = LINK_TEXT.matcher(context.note().text());
        while (link.find()) {
            sources.add(link.group(1));
        }
        Set<String> names = new LinkedHashSet<>();
        for (String source : sources) {
            Matcher name = NAME.matcher(source == null ? "" : source);
            while (name.find()) {
                names.add(name.group());
            }
        }
        List<String[]> out = new ArrayList<>();
        names.forEach(n -> out.add(n.split(" ")));
        return out;
    }
}
