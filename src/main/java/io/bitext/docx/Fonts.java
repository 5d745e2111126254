package io.bitext.docx;

import java.io.OutputStream;

/**
 * The document's faces and what stands in for them where they are missing. A run names one face per
 * script ({@code w:rFonts}: Latin in {@code ascii}/{@code hAnsi}, Chinese in {@code eastAsia}); the
 * font table then gives each face its alternatives as the comma-separated {@code w:altName} list of
 * ISO/IEC 29500 §17.8.3.1, with the charset and family Word matches on when none is installed. The
 * primary faces are the ones Windows ships (Calibri, Microsoft YaHei), where most reviewers open the
 * file; macOS has PingFang SC and Helvetica/Arial, Linux Noto Sans CJK SC, Carlito and Liberation
 * Sans (metric-compatible with Calibri and Arial).
 */
final class Fonts {
    static final String LATIN = "Calibri";
    static final String CJK = "Microsoft YaHei";
    static final String MONO = "Consolas";

    /** name, alternatives, charset (hex), family, panose. */
    private static final String[][] TABLE = {
            {LATIN, "Carlito,Arial,Helvetica,Liberation Sans", "00", "swiss", "020F0502020204030204"},
            {CJK, "微软雅黑,PingFang SC,Hiragino Sans GB,Noto Sans CJK SC,Source Han Sans SC,WenQuanYi Micro Hei", "86", "swiss",
                    "020B0503020204020204"},
            {"PingFang SC", "苹方-简,Noto Sans CJK SC,Microsoft YaHei", "86", "swiss", null},
            {"Noto Sans CJK SC", "Source Han Sans SC,PingFang SC,Microsoft YaHei", "86", "swiss", null},
            {"Arial", "Liberation Sans,Helvetica,Arimo", "00", "swiss", "020B0604020202020204"},
            {"Liberation Sans", "Arial,Helvetica,Arimo", "00", "swiss", null},
            {MONO, "Menlo,DejaVu Sans Mono,Liberation Mono,Courier New", "00", "modern", "020B0609020204030204"},
    };

    private Fonts() {
    }

    /** The {@code w:rFonts} of the document defaults: every script slot named. */
    static void runFonts(WordXml xml) {
        xml.empty("rFonts").attr("ascii", LATIN).attr("hAnsi", LATIN).attr("eastAsia", CJK).attr("cs", "Arial");
    }

    /** The font table's bytes, the same for every document: made once. */
    private static final byte[] PART = table();

    /** {@code word/fontTable.xml}. */
    static void writeTable(OutputStream stream) {
        try {
            stream.write(PART);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] table() {
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        try (WordXml xml = new WordXml(stream, "fonts")) {
            for (String[] font : TABLE) {
                xml.start("font").attr("name", font[0]);
                xml.val("altName", font[1]);
                if (font[4] != null) {
                    xml.val("panose1", font[4]);
                }
                xml.val("charset", font[2]).val("family", font[3]).val("pitch", font[3].equals("modern") ? "fixed" : "variable");
                xml.end();
            }
        }
        return stream.toByteArray();
    }
}
