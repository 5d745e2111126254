package io.bitext.term;

import java.util.regex.Pattern;

/**
 * What every judge of English phrases settles before looking at the head noun: spaces folded, an
 * acronym's plural made singular ({@code LLMs}), and a phrase that cannot be a regular plural left
 * as it is.
 */
final class Plurals {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ACRONYM_PLURAL = Pattern.compile(".*\\b[A-Z][A-Z0-9]+s");

    private Plurals() {
    }

    /** The phrase with its spaces folded to one. */
    static String folded(String phrase) {
        String stripped = phrase.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < stripped.length() && isSpace(stripped.charAt(i + 1)))) {
                return SPACES.matcher(stripped).replaceAll(" ");
            }
        }
        return stripped; // most phrases have single spaces only, which the folding would keep
    }

    /** What {@code \s} matches. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The singular of a folded phrase when its shape alone says it, else null: the head noun decides. */
    static String settled(String folded) {
        if (!folded.endsWith("s")) {
            return folded; // neither an acronym's plural nor any other
        }
        if (ACRONYM_PLURAL.matcher(folded).matches()) {
            return folded.substring(0, folded.length() - 1);
        }
        return !folded.endsWith("s") || folded.endsWith("ss") ? folded : null;
    }
}
