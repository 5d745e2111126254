package io.bitext.dict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well a Chinese string renders an English word or short phrase, by the dictionary. Only the Han
 * characters of the Chinese side count, so {@code 推理。} and {@code 推理（reasoning）} compare as {@code 推理};
 * alternatives separated by a slash are scored each and the best taken.
 *
 * <p>The scale, for one of the English side's renderings {@code g} and the Chinese side {@code c}:
 * <ul>
 *   <li>1.0 when {@code c} is {@code g};
 *   <li>0.9 × (shorter ÷ longer) when one contains the other: {@code 推理} inside a twelve-character
 *       explanation scores 0.15, which is how an explanation differs from a translation;
 *   <li>otherwise 0.5 × the Dice overlap of their character sets;
 *   <li>for a phrase of several words, also 0.9 × (share of {@code c} covered by renderings of its words)
 *       × (share of its words found), where a character only shared with one of a word's renderings
 *       counts half: {@code mixture of experts / 混合专家} scores 0.9 though the phrase is no headword,
 *       {@code reward model / 奖励模型} 0.56 ({@code 奖} shared with {@code 奖赏}), {@code reward model / 模型},
 *       the head noun alone, 0.45. Function words ({@code of}, {@code the}) are left out of the count.
 * </ul>
 * The best of these is the score; 0 when nothing matches or the dictionary lacks every word.
 */
final class TranslationScorer {
    private static final Pattern ALTERNATIVES = Pattern.compile("[/／|]");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-_‐–]+");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "and", "or");
    private static final String FUNCTION_CHARACTERS = "的之与和及了";

    private final Dictionary dictionary;

    TranslationScorer(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    double score(String english, String chinese) {
        String phrase = english.strip().replaceAll("\\s+", " ");
        if (phrase.isEmpty()) {
            return 0;
        }
        double best = 0;
        for (String alternative : ALTERNATIVES.split(chinese)) {
            String han = Han.only(alternative);
            if (!han.isEmpty()) {
                best = Math.max(best, Math.max(whole(phrase, han), composed(phrase, han)));
            }
        }
        return best;
    }

    private double whole(String phrase, String han) {
        double best = 0;
        for (String gloss : renderings(phrase)) {
            best = Math.max(best, match(gloss, han));
            if (best == 1) {
                break;
            }
        }
        return best;
    }

    static double match(String gloss, String han) {
        if (gloss.isEmpty()) {
            return 0;
        }
        if (gloss.equals(han)) {
            return 1;
        }
        int glossLength = gloss.codePointCount(0, gloss.length());
        int hanLength = han.codePointCount(0, han.length());
        if (han.contains(gloss) || gloss.contains(han)) {
            return 0.9 * Math.min(glossLength, hanLength) / Math.max(glossLength, hanLength);
        }
        return 0.5 * dice(gloss, han);
    }

    private static double dice(String left, String right) {
        Set<Integer> leftChars = codePoints(left);
        Set<Integer> rightChars = codePoints(right);
        int total = leftChars.size() + rightChars.size();
        leftChars.retainAll(rightChars);
        return total == 0 ? 0 : 2.0 * leftChars.size() / total;
    }

    private static Set<Integer> codePoints(String text) {
        Set<Integer> set = new HashSet<>();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            set.add(codePoint);
            i += Character.charCount(codePoint);
        }
        return set;
    }

    private double composed(String phrase, String han) {
        String[] words = WORD_BREAKS.split(phrase);
        if (words.length < 2) {
            return 0;
        }
        int[] chars = new int[han.codePointCount(0, han.length())];
        for (int i = 0, at = 0; i < chars.length; i++) {
            chars[i] = han.codePointAt(at);
            at += Character.charCount(chars[i]);
        }
        double[] credit = new double[chars.length];
        int known = 0;
        int found = 0;
        for (String word : words) {
            List<String> glosses = FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    ? List.of() : renderings(word);
            if (glosses.isEmpty()) {
                continue;
            }
            known++;
            if (cover(glosses, han, credit) || touch(glosses, chars, credit)) {
                found++;
            }
        }
        if (found == 0) {
            return 0;
        }
        double covered = 0;
        for (double share : credit) {
            covered += share;
        }
        return 0.9 * covered / chars.length * found / known;
    }

    /** Credits in full where the longest of {@code glosses} found in {@code han} stands; whether one was. */
    private static boolean cover(List<String> glosses, String han, double[] credit) {
        String longest = null;
        for (String gloss : glosses) {
            if (han.contains(gloss) && (longest == null || gloss.length() > longest.length())) {
                longest = gloss;
            }
        }
        if (longest == null) {
            return false;
        }
        int start = han.codePointCount(0, han.indexOf(longest));
        int length = longest.codePointCount(0, longest.length());
        for (int i = start; i < start + length; i++) {
            credit[i] = 1;
        }
        return true;
    }

    /**
     * Credits by half each character of {@code chars} that one of {@code glosses} shares, function
     * characters aside: {@code 奖} of {@code 奖励} from {@code reward}'s {@code 奖赏}. Whether any was.
     */
    private static boolean touch(List<String> glosses, int[] chars, double[] credit) {
        boolean touched = false;
        for (int i = 0; i < chars.length; i++) {
            if (credit[i] > 0 || FUNCTION_CHARACTERS.indexOf(chars[i]) >= 0) {
                continue;
            }
            String character = Character.toString(chars[i]);
            for (String gloss : glosses) {
                if (gloss.contains(character)) {
                    credit[i] = 0.5;
                    touched = true;
                    break;
                }
            }
        }
        return touched;
    }

    /**
     * The Han renderings of a word or phrase, its lemma's after its own; a hyphenated spelling is also
     * looked up with a space and closed up ({@code fine-tuning}, {@code fine tuning}, {@code finetuning}).
     */
    private List<String> renderings(String phrase) {
        Set<String> glosses = new LinkedHashSet<>();
        List<String> spellings = new ArrayList<>(List.of(phrase));
        if (phrase.indexOf('-') > 0) {
            spellings.add(phrase.replace('-', ' '));
            spellings.add(phrase.replace("-", ""));
        }
        for (String spelling : spellings) {
            Optional<DictEntry> entry = dictionary.lookup(spelling);
            if (entry.isEmpty()) {
                continue;
            }
            addHan(entry.get(), glosses);
            if (entry.get().isInflected()) {
                Optional<DictEntry> lemma = dictionary.lookup(entry.get().lemma());
                if (lemma.isPresent()) {
                    addHan(lemma.get(), glosses);
                }
            }
        }
        return new ArrayList<>(glosses);
    }

    private static void addHan(DictEntry entry, Set<String> glosses) {
        for (Gloss gloss : entry.glosses()) {
            String han = Han.only(gloss.text());
            if (!han.isEmpty()) {
                glosses.add(han);
            }
        }
    }
}
