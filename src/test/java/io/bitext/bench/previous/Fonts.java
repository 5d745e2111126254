package io.bitext.bench.previous;

/**
 * The fonts of the document: a CJK face for Chinese (w:eastAsia) and a Latin face for English, set
 * once in the document defaults (see {@link Styles}), so Word and LibreOffice pick the right glyphs for
 * each script of a mixed line. Where a face is missing the renderer substitutes its own CJK or Latin
 * fallback (Microsoft YaHei on Windows).
 */
final class Fonts {
    static final String CJK = "Noto Sans CJK SC";
    static final String LATIN = "Calibri";

    private Fonts() {
    }
}
