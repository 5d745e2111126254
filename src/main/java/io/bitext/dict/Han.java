package io.bitext.dict;

/** Han characters: the part of a Chinese string that carries its meaning for the comparisons here. */
final class Han {
    private Han() {
    }

    static boolean is(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static int count(CharSequence text) {
        return (int) text.codePoints().filter(Han::is).count();
    }

    /** The Han characters of {@code text} in order, everything else left out: {@code 推理（reasoning）→ 推理}. */
    static String only(CharSequence text) {
        StringBuilder han = new StringBuilder(text.length());
        text.codePoints().filter(Han::is).forEach(han::appendCodePoint);
        return han.toString();
    }
}
