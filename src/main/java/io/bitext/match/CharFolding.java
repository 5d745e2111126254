package io.bitext.match;

/**
 * Folds one character at a time, so a folded text keeps every offset of the original: full-width
 * ASCII to half-width ({@code ＧＰＴ－４} → {@code GPT-4}), the ideographic space to a space, the
 * typographic hyphens and apostrophe to their ASCII forms, and upper to lower case.
 */
public final class CharFolding {

    private CharFolding() {
    }

    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            return ' ';
        } else if (c == '\u2010' || c == '\u2011' || c == '\u2012') {
            return '-';
        } else if (c == '\u2019') {
            return '\'';
        }
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    public static String fold(CharSequence text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
    }

    /** Letters and digits of Latin script (after folding): the characters a Latin word is made of. */
    public static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
