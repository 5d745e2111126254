package io.bitext.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * How many terminal columns a string takes: Han characters and full-width punctuation take two,
 * so tables that mix Chinese and English line up.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    public static int of(int codePoint) {
        if (isWide(codePoint)) {
            return 2;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT ? 0 : 1;
    }

    /**
     * East Asian Width Wide or Fullwidth. The blocks a Chinese note is written in are answered here,
     * as ICU4J answers them (DisplayWidthTest compares every code point of them), so that a check's
     * report does not load ICU4J's character data for them; ICU4J answers the rest.
     */
    static boolean isWide(int codePoint) {
        if (codePoint < 0x1100 || codePoint >= 0x2000 && codePoint < 0x2070) {
            return false; // Latin, Greek, Cyrillic and the like, and general punctuation (“ ” — …)
        }
        if (codePoint >= 0x3000 && codePoint < 0x303F || codePoint >= 0x4E00 && codePoint < 0xA000
                || codePoint >= 0xFF01 && codePoint < 0xFF61) {
            return true; // CJK punctuation, the unified ideographs, full-width forms
        }
        int eaw = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH;
    }

    /** {@code text} cut to at most {@code columns} columns, with an ellipsis when cut. */
    public static String truncate(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (width + w > columns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            width += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    /** {@code text} padded with spaces to {@code columns}. */
    public static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - of(text)));
    }
}
