package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Confidence;
import io.bitext.check.Evidence;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.dict.Dictionary;
import io.bitext.phonetic.Edits;
import io.bitext.phonetic.SoundKey;
import io.bitext.text.LeadingChars;
import java.util.ArrayList;
import io.bitext.note.Excerpt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private static final double PRIOR = 0.65;
    private static final double TITLE = 0.3;
    private static final double LINK = -0.3;
    private static final double SEVERAL_WORDS = 0.3;
    private static final String TITLED = "## 封面\n- 标题：对谈 Lessie AI 创始人\n## 全文\n### 话题\n";
    /**
     * One to three Latin words, each capitalised or an acronym: how a name stands in a title. Han
     * characters end a word: {@code Less AI的方向} names {@code Less AI}.
     */
    private static final Pattern NAME = Pattern.compile(
            "(?=[A-Z])(?<![\\p{IsLatin}\\p{N}])[A-Z][\\p{IsLatin}\\p{N}]*(?: [A-Z][\\p{IsLatin}\\p{N}]*){0,2}(?![\\p{IsLatin}\\p{N}])");
    private static final LeadingChars CAPITALS = LeadingChars.of("A-Z").notAfter("[\\p{IsLatin}\\p{N}]");
    private static final Pattern LINK_TEXT = Pattern.compile("\\[([^\\]\\n]{1,80})\\]\\(");
    /** A link's text begins at its bracket: the pattern is tried only there. */
    private static final LeadingChars BRACKET = LeadingChars.of("[");

    public SoundsLikeRule() {
        super("asr.sounds-like", Category.ASR, Severity.WARNING, 88,
                "A name that sounds like, but is spelled unlike, a name the note's title, cover or link text establishes.",
                "sounds like the title's name",
                Example.incorrect(TITLED + "**Ann**：我是 Less AI 的创始人\n", "Less AI", "Lessie AI"),
                Example.incorrect(TITLED.replace("### 话题", "### Less AI的方向") + "**Ann**：你好\n", "Less AI", "Lessie AI"),
                Example.correct(TITLED + "**Ann**：我是 Lessie AI 的创始人，不要 less is more\n"));
    }

    /** A name the note establishes, and where: the title, the cover or a link's text. */
    private record Established(String[] words, String[] lower, Evidence.Place where) {
        Established(String[] words, Evidence.Place where) {
            this(words, lowerCase(words), where);
        }

        String name() {
            return String.join(" ", words);
        }
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        List<Established> names = established(context);
        if (names.isEmpty()) {
            return;
        }
        String text = context.note().text();
        LeadingChars.Finder runs = CAPITALS.finder(NAME, text);
        Matcher run = runs.matcher();
        while (runs.find()) {
            if (!context.isProse(run.start())) {
                continue;
            }
            String[] words = run.group().split(" ");
            String[] lower = lowerCase(words); // once a run, not once a comparison
            for (int n = 1; n <= words.length; n++) {
                for (int i = 0; i + n <= words.length; i++) {
                    Established heard = match(words, lower, i, n, names);
                    if (heard != null) {
                        int start = run.start() + offsetOf(words, i);
                        report(context, findings, context.location(start, start + offsetOf(words, i + n) - offsetOf(words, i) - 1), heard);
                    }
                }
            }
        }
    }

    /**
     * A name the title itself writes is surer than one of a link's text; a name of several words with
     * one misheard is surer than a single word; the English original settles it either way.
     */
    private static void report(CheckContext context, Findings findings, Excerpt at, Established heard) {
        List<Evidence> evidence = new ArrayList<>(List.of(heard.where()));
        Optional<Evidence.Original> agrees = Signals.original(context, at.offset(), heard.name());
        Optional<Evidence.Original> disagrees = agrees.isPresent() ? Optional.empty() : Signals.original(context, at.offset(), at.text());
        agrees.ifPresent(evidence::add);
        disagrees.ifPresent(evidence::add);
        Evidence.Role role = heard.where().role();
        double confidence = Confidence.prior(PRIOR).add(role == Evidence.Role.TITLE, TITLE).add(role == Evidence.Role.LINK, LINK)
                .add(heard.words().length > 1, SEVERAL_WORDS).add(agrees.isPresent(), Signals.ORIGINAL_AGREES)
                .add(disagrees.isPresent(), Signals.ORIGINAL_DISAGREES).value();
        String source = role == Evidence.Role.LINK ? "a link's text" : "the note's " + (role == Evidence.Role.TITLE ? "title" : "cover");
        findings.report(at, "‘" + at.text() + "’ sounds like " + heard.name() + ", as " + source + " writes it"
                + agrees.map(said -> " and the English original" + Signals.where(said)).orElse(""), evidence, confidence,
                List.of(Replacement.review(heard.name())));
    }

    private static int offsetOf(String[] words, int index) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            at += words[i].length() + 1;
        }
        return at;
    }

    /** The established name the window of {@code length} words from {@code from} sounds like, or null. */
    private static Established match(String[] words, String[] lower, int from, int length, List<Established> names) {
        for (Established name : names) {
            if (name.words().length == length && alike(words, lower, from, name)) {
                return name;
            }
        }
        return null;
    }

    /** Every word alike, at least one differently spelled; a one-word name must be rare on both sides. */
    private static boolean alike(String[] words, String[] lower, int from, Established established) {
        String[] name = established.words();
        int differing = 0;
        for (int i = 0; i < name.length; i++) {
            String heard = words[from + i];
            if (heard.equalsIgnoreCase(name[i])) {
                continue;
            }
            differing++;
            // cheapest first: the length, the spelling (mostly decided by the lengths alone), the sound
            if (heard.length() < 3 || !Edits.within(lower[from + i], established.lower()[i], Math.max(2, name[i].length() / 3))
                    || !SoundKey.alike(heard, name[i])) {
                return false;
            }
        }
        if (differing == 0 || differing == name.length && name.length > 1) {
            return false;
        }
        Dictionary dictionary = Dictionary.english();
        return name.length > 1 || !dictionary.isCommonWord(words[from]) && !dictionary.isCommonWord(name[0]);
    }

    /** Each word in lower case, as {@link String#toLowerCase()} makes it. */
    private static String[] lowerCase(String[] words) {
        String[] lower = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lower[i] = words[i].toLowerCase();
        }
        return lower;
    }

    /** Names of one to three words in the title, the cover's values and the link texts, each with its first place there. */
    private static List<Established> established(CheckContext context) {
        String text = context.note().text();
        Map<String, Established> names = new LinkedHashMap<>();
        List<String> covers = new ArrayList<>(context.note().cover().values());
        String title = context.note().title();
        if (title != null) {
            covers.add(0, title);
        }
        for (String source : covers) {
            Evidence.Role role = source.equals(title) ? Evidence.Role.TITLE : Evidence.Role.COVER;
            int at = source.isEmpty() ? -1 : text.indexOf(source);
            LeadingChars.Finder found = CAPITALS.finder(NAME, source);
            Matcher name = found.matcher();
            while (found.find()) {
                int start = at < 0 ? text.indexOf(name.group()) : at + name.start();
                if (start >= 0) {
                    names.putIfAbsent(name.group(), new Established(name.group().split(" "),
                            Evidence.place(role, context.location(start, start + name.group().length()))));
                }
            }
        }
        LeadingChars.Finder links = BRACKET.finder(LINK_TEXT, text);
        Matcher link = links.matcher();
        while (links.find()) {
            LeadingChars.Finder found = CAPITALS.finder(NAME, link.group(1));
            Matcher name = found.matcher();
            while (found.find()) {
                int start = link.start(1) + name.start();
                names.putIfAbsent(name.group(), new Established(name.group().split(" "),
                        Evidence.place(Evidence.Role.LINK, context.location(start, start + name.group().length()))));
            }
        }
        return new ArrayList<>(names.values());
    }
}
