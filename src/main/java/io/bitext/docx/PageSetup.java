package io.bitext.docx;

/** A4 (portrait or landscape), margins, and the footer with the note's title and the page number. */
final class PageSetup {
    /** A4 in twentieths of a point. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    static final int MARGIN = 1134;

    private PageSetup() {
    }

    /** The width of the text area in twips, for table columns. */
    static int width(boolean landscape) {
        return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
    }

    /** The body's closing section properties: footer, page size and margins. */
    static void section(WordXml xml, boolean landscape, String footer) {
        xml.start("sectPr");
        xml.empty("footerReference").attr("type", "default").relAttr("id", footer);
        xml.empty("pgSz").attr("w", landscape ? A4_LONG : A4_SHORT).attr("h", landscape ? A4_SHORT : A4_LONG);
        if (landscape) {
            xml.attr("orient", "landscape");
        }
        xml.empty("pgMar").attr("top", MARGIN).attr("right", MARGIN).attr("bottom", MARGIN).attr("left", MARGIN)
                .attr("header", 567).attr("footer", 567).attr("gutter", 0);
        xml.end();
    }
}
