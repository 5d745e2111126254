package io.bitext.dict;

/** Han characters: the part of a Chinese string that carries its meaning for the comparisons here. */
final class Han {
    private Han() {
    }

    static boolean is(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static int count(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            count += is(codePoint) ? 1 : 0;
            i += Character.charCount(codePoint);
        }
        return count;
    }

    /** The Han characters of {@code text} in order, everything else left out: {@code 推理（reasoning）→ 推理}. */
    static String only(CharSequence text) {
        StringBuilder han = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            if (is(codePoint)) {
                han.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return han.toString();
    }
}
