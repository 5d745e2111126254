package io.bitext.align;

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
        String folded = Normalizer.normalize(form, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != '-' && c != '_' && c != ' ' && c != '\u2010' && c != '\u2011') {
                key.append(c == '’' ? '\'' : c);
            }
        }
        return key.toString();
    }
}
