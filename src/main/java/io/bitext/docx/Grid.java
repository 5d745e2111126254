package io.bitext.docx;

/**
 * A table's columns, written once into {@code w:tblGrid} and again, identically, as the width of
 * every cell of the header and of the body, with a fixed layout: Word and LibreOffice then draw the
 * columns exactly as declared, header and body alike.
 */
final class Grid {
    static final String HEADER_FILL = "D9E2F3";
    private final int[] widths;
    private final int total;

    /** Columns of {@code total} twips in the given shares; the last takes what rounding leaves. */
    Grid(int total, double... shares) {
        this.total = total;
        widths = new int[shares.length];
        int used = 0;
        for (int i = 0; i < shares.length - 1; i++) {
            widths[i] = (int) Math.round(total * shares[i]);
            used += widths[i];
        }
        widths[shares.length - 1] = total - used;
    }

    int width(int column) {
        return widths[column];
    }

    void start(WordXml xml) {
        xml.start("tbl").start("tblPr").empty("tblW").attr("w", total).attr("type", "dxa");
        xml.start("tblBorders");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            xml.empty(side).attr("val", "single").attr("sz", 4).attr("space", 0).attr("color", "BFBFBF");
        }
        xml.end().empty("tblLayout").attr("type", "fixed");
        xml.start("tblCellMar").empty("left").attr("w", 85).attr("type", "dxa").empty("right").attr("w", 85)
                .attr("type", "dxa").end();
        xml.empty("tblLook").attr("val", "04A0").attr("firstRow", 1).attr("lastRow", 0).attr("firstColumn", 0)
                .attr("lastColumn", 0).attr("noHBand", 1).attr("noVBand", 1);
        xml.end().start("tblGrid");
        for (int w : widths) {
            xml.empty("gridCol").attr("w", w);
        }
        xml.end();
    }

    /** The header row, repeated on every page the table runs onto. */
    void header(WordXml xml, String... labels) {
        xml.start("tr").start("trPr").empty("cantSplit").empty("tblHeader").end();
        for (int i = 0; i < labels.length; i++) {
            cell(xml, i, 1, HEADER_FILL);
            xml.start("p").run(labels[i], "b").end();
            xml.end();
        }
        xml.end();
    }

    /** Opens cell {@code column} spanning {@code span} columns, shaded when {@code fill} is given. */
    void cell(WordXml xml, int column, int span, String fill) {
        int width = 0;
        for (int i = column; i < column + span; i++) {
            width += widths[i];
        }
        xml.start("tc").start("tcPr").empty("tcW").attr("w", width).attr("type", "dxa");
        if (span > 1) {
            xml.val("gridSpan", span);
        }
        if (fill != null) {
            xml.empty("shd").attr("val", "clear").attr("color", "auto").attr("fill", fill);
        }
        xml.end();
    }

    /** A cell of one plain paragraph. */
    void textCell(WordXml xml, int column, String text) {
        cell(xml, column, 1, null);
        xml.start("p").run(text).end();
        xml.end();
    }

    void end(WordXml xml) {
        xml.end();
        xml.paragraph(null, ""); // Word needs a paragraph between two tables, or it joins them
    }
}
