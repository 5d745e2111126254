package io.bitext.match;

/**
 * Where Latin words start and end inside mixed Chinese–English text (folded or not): Chinese
 * characters and punctuation separate words; letters, digits and the joiners inside a word do not.
 */
public final class WordBoundaries {

    private WordBoundaries() {
    }

    /**
     * Whether a Latin word starts at {@code start}: no letter or digit before it, nor a joiner
     * ({@code - . _}) that continues a word ({@code pre-training} holds no term {@code training}).
     */
    public static boolean startsWord(CharSequence text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return !CharFolding.isWordChar(before) && !(isJoiner(before) && start >= 2 && CharFolding.isWordChar(text.charAt(start - 2)));
    }

    /** Whether a Latin word ends at {@code end}: {@code GPT-4} does not end inside {@code GPT-4.5} or {@code gpt-4o-mini}. */
    public static boolean endsWord(CharSequence text, int end) {
        if (end == text.length()) {
            return true;
        }
        char after = text.charAt(end);
        return !CharFolding.isWordChar(after) && !(isJoiner(after) && end + 1 < text.length() && CharFolding.isWordChar(text.charAt(end + 1)));
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '.' || c == '_';
    }

}
