package io.bitext.text;

/**
 * Finds a word where it stands whole: {@code agent} in {@code the agent said}, not inside
 * {@code agents}; a letter or digit on either side makes it part of a longer word.
 *
 * <pre>{@code
 * WholeWords.indexOf("agents and an agent", "agent", 0);   // 14
 * }</pre>
 */
public final class WholeWords {
    private WholeWords() {
    }

    /** Where {@code word} next stands whole in {@code text}, from {@code from} on, or -1. */
    public static int indexOf(String text, String word, int from) {
        if (word.isEmpty()) {
            return -1;
        }
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return at;
            }
        }
        return -1;
    }
}
