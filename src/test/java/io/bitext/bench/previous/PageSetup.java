package io.bitext.bench.previous;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** A4 (portrait or landscape), margins, and a footer with the note's title and the page number. */
final class PageSetup {
    /** A4 in twentieths of a point. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    static final int MARGIN = 1134;

    private PageSetup() {
    }

    /** Sets the page; returns the width of the text area in twips, for table columns. */
    static int apply(XWPFDocument document, boolean landscape, String title) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        footer(document, title);
        return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
    }

    private static void footer(XWPFDocument document, String title) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun text = paragraph.createRun();
        text.setFontSize(8);
        text.setText(title + " — ");
        field(paragraph, "PAGE", "1");
    }

    /** A field ({@code PAGE}) as begin/instruction/separate/result/end runs, which every renderer updates. */
    static void field(XWPFParagraph paragraph, String instruction, String placeholder) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var instr = paragraph.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun result = paragraph.createRun();
        result.setText(placeholder);
        result.setFontSize(8);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
