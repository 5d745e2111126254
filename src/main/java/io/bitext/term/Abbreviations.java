package io.bitext.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether one English form abbreviates another: {@code CoT} of {@code chain-of-thought},
 * {@code RL} of {@code reinforcement learning}, {@code deep RL} of {@code deep reinforcement learning},
 * {@code RLHF} of {@code reinforcement learning from human feedback} (small words may be skipped).
 */
public final class Abbreviations {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-]+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Set<String> SKIPPABLE = Set.of("of", "from", "the", "and", "for", "to", "in", "on", "a", "an", "with", "by");

    private Abbreviations() {
    }

    /** Short, with capitals in it, no more than two words: how abbreviations look. */
    public static boolean looksLikeAbbreviation(String form) {
        String[] words = SPACES.split(form.strip());
        if (words.length > 2 || form.length() > 12) {
            return false;
        }
        String last = words[words.length - 1];
        long upper = last.chars().filter(Character::isUpperCase).count();
        return upper >= 2 || (upper >= 1 && last.length() <= 3 && last.chars().anyMatch(Character::isDigit));
    }

    /** Whether {@code abbreviation} is made of whole words and initials of {@code expansion}. */
    public static boolean abbreviates(String abbreviation, String expansion) {
        List<String> words = words(expansion);
        List<String> parts = List.of(SPACES.split(abbreviation.strip()));
        if (words.size() < 2 && parts.size() == 1 && abbreviation.length() >= expansion.length()) {
            return false;
        }
        return match(parts, 0, 0, words, 0);
    }

    private static List<String> words(String expansion) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAKS.split(expansion.strip())) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** Backtracking match of the abbreviation's parts against the words; tiny inputs only. */
    private static boolean match(List<String> parts, int part, int letter, List<String> words, int word) {
        if (part == parts.size()) {
            return word == words.size() || words.subList(word, words.size()).stream().allMatch(SKIPPABLE::contains);
        }
        String p = NOT_ALNUM.matcher(parts.get(part).toLowerCase(Locale.ROOT)).replaceAll("");
        if (letter == 0 && word < words.size() && p.equals(words.get(word))) {
            if (match(parts, part + 1, 0, words, word + 1)) {
                return true;
            }
        }
        if (letter == p.length()) {
            return match(parts, part + 1, 0, words, word);
        }
        if (word == words.size()) {
            return false;
        }
        String w = words.get(word);
        if (!w.isEmpty() && w.charAt(0) == p.charAt(letter) && match(parts, part, letter + 1, words, word + 1)) {
            return true;
        }
        return SKIPPABLE.contains(w) && match(parts, part, letter, words, word + 1);
    }
}
