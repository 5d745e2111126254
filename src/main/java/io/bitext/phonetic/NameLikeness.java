package io.bitext.phonetic;

import io.bitext.dict.Dictionary;
import io.bitext.text.Similarity;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether one written name is a near-miss of another: the same first letter, one edit per six
 * letters, and the same sound by Double Metaphone (or a single slip in a long name); a name that
 * holds the other whole ({@code OLMoE}, {@code OLMo}) is a relative, not a slip. The glossary's
 * near-miss rule and the comparison of a run's notes with each other judge names by this.
 *
 * <pre>{@code
 * NameLikeness.nearMiss("Jon Shulman", "John Schulman"); // true
 * NameLikeness.nearMiss("Mattress", "Matt Turck");       // false
 * }</pre>
 */
public final class NameLikeness {
    private NameLikeness() {
    }

    /**
     * Both names of the compared kind, close in spelling and sound, neither a prefix of the other,
     * and not all ordinary English words the other does not share.
     */
    public static boolean nearMiss(String written, String name) {
        if (!isName(written) || !isName(name) || !mayBeClose(written, name)) {
            return false;
        }
        int distance = Similarity.distance(written, name);
        return distance > 0 && close(written, name, distance) && !relative(written, name) && !ordinaryWords(written, name);
    }

    /** Capitalised words, none all capitals (acronyms are too short to compare safely), 4+ letters, no digit. */
    public static boolean isName(String text) {
        if (text.length() < 4 || text.chars().anyMatch(Character::isDigit)) {
            return false; // Qwen3, GPT-4o: a version, not a misspelt name
        }
        for (String word : text.split(" ")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
                    || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** {@code OLMoE} holds all of {@code OLMo}, {@code Alex} is all held in {@code Alexa}: a relative or a shorter name. */
    public static boolean relative(String written, String name) {
        String w = written.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        return w.startsWith(n) || n.startsWith(w);
    }

    /**
     * Whether the written name is all ordinary English words the name does not share: {@code Stripe},
     * {@code Reflection}, {@code Mistrial} may be words the writer meant. A word shared with the name
     * ({@code Matt Turk} for Matt Turck) keeps the rest a likely misspelling.
     */
    public static boolean ordinaryWords(String written, String name) {
        Set<String> nameWords = new HashSet<>(List.of(name.toLowerCase(Locale.ROOT).split(" ")));
        for (String word : written.toLowerCase(Locale.ROOT).split(" ")) {
            if (nameWords.contains(word) || !Dictionary.english().isCommonWord(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same first letter, and lengths no further apart than the edits allowed: an edit distance
     * is never smaller than the difference in length, so the rest need not be computed.
     */
    public static boolean mayBeClose(String written, String name) {
        return Character.toLowerCase(written.charAt(0)) == Character.toLowerCase(name.charAt(0))
                && Math.abs(written.length() - name.length()) <= allowedEdits(written, name);
    }

    /** Close in spelling and in sound at this edit distance; for names {@link #mayBeClose} let through. */
    public static boolean close(String written, String name, int distance) {
        int length = Math.max(written.length(), name.length());
        return distance <= allowedEdits(written, name)
                && (Similarity.soundAlike(written, name) || distance == 1 && length >= 8);
    }

    /** How many edits a name of this length may be away and still count as a misspelling. */
    public static int allowedEdits(String written, String name) {
        return Math.max(1, Math.max(written.length(), name.length()) / 6);
    }
}
