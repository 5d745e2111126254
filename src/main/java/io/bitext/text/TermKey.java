package io.bitext.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which spellings of one term are counted together: width-folded, lower-cased, with
 * hyphens, spaces and underscores removed, so that {@code pre-training}, {@code Pre-training} and
 * {@code pretraining} are one term and {@code O3} and {@code o3} another. Keeping them together is
 * what lets the document table show both spellings side by side.
 */
public final class TermKey {

    private TermKey() {
    }

    public static String of(String form) {
        // ASCII is its own NFKC form: most forms are, and a check then never starts the normalizer
        String folded = (isAscii(form) ? form : Normalizer.normalize(form, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != '-' && c != '_' && c != ' ' && c != '\u2010' && c != '\u2011') {
                key.append(c == '’' ? '\'' : c);
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two spellings differ only in the case of their words' first letters, Title Case against
     * lower case: {@code Agentic Inference} in a heading and {@code agentic inference} in a sentence
     * are one spelling; {@code O1} and {@code o1} are two.
     */
    public static boolean onlyInitialsDiffer(String a, String b) {
        if (a.length() != b.length() || !a.equalsIgnoreCase(b)) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(a.charAt(i - 1));
            // a capital that starts a word of lower-case letters is Title Case; O1 against o1 is not
            boolean titleCase = wordStart && i + 1 < a.length() && Character.isLowerCase(a.charAt(i + 1));
            if (a.charAt(i) != b.charAt(i) && !titleCase) {
                return false;
            }
        }
        return true;
    }
}
