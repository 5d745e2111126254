package io.bitext.docx;

import java.io.OutputStream;

/**
 * {@code word/styles.xml}: the document defaults (both scripts' fonts, Chinese as the East Asian
 * language), real heading styles with outline levels (for the navigation pane), a compact paragraph
 * default paragraph (table cells hold most of the text), and character styles for glossary terms and for the grey metadata of a row
 * (ids, time stamps, status).
 */
final class Styles {
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    /** Character style of a glossary term: a dotted blue underline. */
    static final String TERM = "BitextTerm";
    static final String META = "BitextMeta";

    private Styles() {
    }

    /** The part's bytes, the same for every document: made once. */
    private static final byte[] PART = bytes();

    static void write(OutputStream stream) {
        try {
            stream.write(PART);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes() {
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        try (WordXml xml = new WordXml(stream, "styles")) {
            xml.start("docDefaults").start("rPrDefault").start("rPr");
            Fonts.runFonts(xml);
            xml.val("sz", 21).val("szCs", 21).empty("lang").attr("val", "en-US").attr("eastAsia", "zh-CN");
            // compact by default, as table cells want it; the body's paragraphs are few and set their own
            xml.end().end().start("pPrDefault").start("pPr").empty("spacing").attr("after", 40).attr("line", 264)
                    .attr("lineRule", "auto").end().end().end();
            xml.start("style").attr("type", "paragraph").attr("default", "1").attr("styleId", "Normal")
                    .val("name", "Normal").empty("qFormat").end();
            heading(xml, TITLE, "Title", -1, 36);
            heading(xml, HEADING_1, "heading 1", 0, 30);
            heading(xml, HEADING_2, "heading 2", 1, 24);
            heading(xml, HEADING_3, "heading 3", 2, 22);
            xml.start("style").attr("type", "character").attr("customStyle", "1").attr("styleId", TERM)
                    .val("name", "Glossary term").val("uiPriority", 20).start("rPr")
                    .empty("u").attr("val", "dotted").attr("color", "2F5496").end().end();
            xml.start("style").attr("type", "character").attr("customStyle", "1").attr("styleId", META)
                    .val("name", "Bitext metadata").start("rPr").val("color", "595959").val("sz", 16).val("szCs", 16).end().end();
        }
        return stream.toByteArray();
    }

    /** A paragraph style; {@code level} is its outline level (-1 for none), {@code halfPoints} its size. */
    private static void heading(WordXml xml, String id, String name, int level, int halfPoints) {
        xml.start("style").attr("type", "paragraph").attr("styleId", id).val("name", name).val("basedOn", "Normal")
                .val("next", "Normal").val("uiPriority", level < 0 ? 10 : 9).empty("qFormat");
        xml.start("pPr").empty("keepNext").empty("spacing").attr("before", level < 1 ? 360 : 240).attr("after", 120);
        if (level >= 0) {
            xml.val("outlineLvl", level);
        }
        xml.end().start("rPr").empty("b").val("color", level < 0 ? "1F3864" : "2F5496").val("sz", halfPoints)
                .val("szCs", halfPoints).end().end();
    }
}
