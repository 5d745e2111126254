package io.bitext.text;

import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;

/** How alike two names look and sound: edit distance on letters, Double Metaphone on sounds. */
public final class Similarity {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private Similarity() {
    }

    /** Optimal string alignment distance (Levenshtein with adjacent transpositions), case-insensitive. */
    public static int distance(String a, String b) {
        a = a.toLowerCase(Locale.ROOT);
        b = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * The same distance for two texts already in lower case, when it is at most {@code limit}; any
     * larger distance comes back as {@code limit + 1}. Only the band of the table within
     * {@code limit} of its diagonal is filled, every cell capped at {@code limit + 1}: a cell
     * farther out is at least that far already. A caller that only wants names a few edits apart
     * stops as soon as two rows are all past the limit: no alignment can come back under it (a
     * transposition skips one row, never two), so most candidates cost a row or two.
     */
    public static int distanceWithin(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int past = limit + 1;
        int[] before = new int[b.length() + 1]; // row i - 2
        int[] previous = new int[b.length() + 1]; // row i - 1
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = Math.min(j, past);
        }
        boolean previousPast = limit < 0;
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(b.length(), i + limit);
            row[from - 1] = Math.min(i - from + 1, past); // the band's left edge, or column 0
            if (to < b.length()) {
                row[to + 1] = past; // read by the next row above its band's right end
            }
            int least = row[from - 1];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                d = Math.min(d, past);
                row[j] = d;
                least = Math.min(least, d);
            }
            if (least > limit && previousPast) {
                return past;
            }
            previousPast = least > limit;
            int[] spare = before;
            before = previous;
            previous = row;
            row = spare;
        }
        return Math.min(previous[b.length()], past);
    }

    /** Whether every word of the two names sounds alike (primary or alternate Double Metaphone codes). */
    public static boolean soundAlike(String a, String b) {
        String[] wa = a.split("[\\s\\-]+");
        String[] wb = b.split("[\\s\\-]+");
        if (wa.length != wb.length) {
            return false;
        }
        for (int i = 0; i < wa.length; i++) {
            if (!METAPHONE.isDoubleMetaphoneEqual(wa[i], wb[i]) && !METAPHONE.isDoubleMetaphoneEqual(wa[i], wb[i], true)) {
                return false;
            }
        }
        return true;
    }
}
