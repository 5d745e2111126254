package io.bitext.docx;

import io.bitext.text.MappedText;

/**
 * Carries an edit of the text a cell showed back into the marked-up text it was shown from: the
 * characters the reviewer kept stay where they stood, with every Markdown mark between them; what
 * the reviewer typed goes where the text it replaced stood. The edit is found as a longest common
 * subsequence of characters, after the common start and end are set aside.
 */
final class PlainEdit {
    /** Beyond this many cells of the table the middle is replaced as a whole. */
    private static final long LIMIT = 4_000_000;

    private PlainEdit() {
    }

    /**
     * @param marked  the text as stored (with marks)
     * @param shown   what the cell showed: {@code marked} less its marks, each character mapped to its
     *                offset in {@code marked} (plus {@code base})
     * @param base    the offset of {@code marked}'s first character in the mapping
     * @param edited  the cell's text after the review
     */
    static String apply(String marked, MappedText shown, int base, String edited) {
        String old = shown.text();
        int n = old.length();
        int m = edited.length();
        int prefix = 0;
        while (prefix < n && prefix < m && old.charAt(prefix) == edited.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && old.charAt(n - 1 - suffix) == edited.charAt(m - 1 - suffix)) {
            suffix++;
        }
        boolean[] kept = new boolean[n];
        String[] before = new String[n + 1];
        for (int i = 0; i < prefix; i++) {
            kept[i] = true;
        }
        for (int i = n - suffix; i < n; i++) {
            kept[i] = true;
        }
        middle(old.substring(prefix, n - suffix), edited.substring(prefix, m - suffix), prefix, kept, before);
        StringBuilder out = new StringBuilder(marked.length() + m - n);
        int at = 0;
        for (int i = 0; i < n; i++) {
            int offset = shown.sourceOffset(i) - base;
            out.append(marked, at, offset); // marks before this character stay
            if (before[i] != null) {
                out.append(before[i]);
            }
            if (kept[i]) {
                out.append(marked.charAt(offset));
            }
            at = offset + 1;
        }
        if (n == 0) {
            return before[0] == null ? marked : marked + before[0];
        }
        if (before[n] != null) {
            out.append(before[n]);
        }
        out.append(marked, at, marked.length());
        return out.toString();
    }

    /** Marks the kept characters of {@code a} and what is inserted before each, by an LCS table. */
    private static void middle(String a, String b, int offset, boolean[] kept, String[] before) {
        if (a.isEmpty() && b.isEmpty()) {
            return;
        }
        if ((long) a.length() * b.length() > LIMIT) {
            before[offset] = b; // a rewrite this long is taken as one: the old middle goes, the new one stands first
            return;
        }
        int[][] lcs = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        StringBuilder inserted = new StringBuilder();
        while (i < a.length() || j < b.length()) {
            if (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
                flush(before, offset + i, inserted);
                kept[offset + i] = true;
                i++;
                j++;
            } else if (j < b.length() && (i == a.length() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                inserted.append(b.charAt(j++));
            } else {
                flush(before, offset + i, inserted);
                i++; // deleted: not kept
            }
        }
        flush(before, offset + a.length(), inserted);
    }

    private static void flush(String[] before, int at, StringBuilder inserted) {
        if (inserted.length() > 0) {
            before[at] = (before[at] == null ? "" : before[at]) + inserted;
            inserted.setLength(0);
        }
    }
}
