package io.bitext.text;

import java.lang.Character.UnicodeScript;

/** The writing system of a character, as far as mixed Chinese–English text needs to know. */
public enum Script {
    /** Chinese characters (and the iteration mark 〇). */
    HAN,
    /** Latin letters and ASCII digits: the English side of a note. */
    LATIN,
    /** Spaces of any width. */
    SPACE,
    /** Everything else: punctuation, symbols, other scripts. */
    OTHER;

    public static Script of(int codePoint) {
        if (Character.isWhitespace(codePoint) || codePoint == 0x3000 || codePoint == 0xA0) {
            return SPACE;
        }
        if (isHan(codePoint)) {
            return HAN;
        }
        if (isLatin(codePoint)) {
            return LATIN;
        }
        return OTHER;
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == UnicodeScript.HAN;
    }

    /** Latin letters (any width) and ASCII digits. */
    public static boolean isLatin(int codePoint) {
        if (codePoint >= '0' && codePoint <= '9') {
            return true;
        }
        return Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == UnicodeScript.LATIN;
    }
}
