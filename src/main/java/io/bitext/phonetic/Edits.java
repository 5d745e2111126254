package io.bitext.phonetic;

/** Levenshtein distance, for the short strings phonetic keys and syllables are. */
public final class Edits {
    private Edits() {
    }

    public static int distance(CharSequence a, CharSequence b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /**
     * Whether {@code a} and {@code b} are at most {@code max} edits apart, without the full table when
     * their lengths already differ by more: a rule that compares one word with thousands of names
     * rejects almost all of them on their length alone.
     */
    public static boolean within(CharSequence a, CharSequence b, int max) {
        return Math.abs(a.length() - b.length()) <= max && distance(a, b) <= max;
    }
}
