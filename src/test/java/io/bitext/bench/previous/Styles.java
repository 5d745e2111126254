package io.bitext.bench.previous;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTUnderline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Real Word paragraph styles (Title, Heading 1–3 with outline levels) so the navigation pane and a
 * table of contents work, and document-wide default fonts for both scripts. A new XWPF document has
 * no styles part; these are made here rather than copied from a template.
 */
final class Styles {
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    /** Character style of a glossary term: a dotted blue underline. */
    static final String TERM = "BitextTerm";

    private Styles() {
    }

    static void define(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTStyles all = CTStyles.Factory.newInstance();
        CTRPr rPr = all.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(Fonts.LATIN);
        fonts.setHAnsi(Fonts.LATIN);
        fonts.setEastAsia(Fonts.CJK);
        rPr.addNewSz().setVal(BigInteger.valueOf(21));
        rPr.addNewLang().setEastAsia("zh-CN");
        CTStyle normal = all.addNewStyle();
        normal.setStyleId("Normal");
        normal.setType(STStyleType.PARAGRAPH);
        normal.addNewName().setVal("Normal");
        normal.setDefault(true);
        styles.setStyles(all);
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(heading(TITLE, "Title", -1, 36), styles));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(heading(HEADING_1, "heading 1", 0, 32), styles));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(heading(HEADING_2, "heading 2", 1, 26), styles));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(heading(HEADING_3, "heading 3", 2, 22), styles));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(term(), styles));
    }

    /*
     * A term is a character style rather than direct formatting: a note has hundreds of term runs,
     * each property written on each of them would cost elements to build and to save, and the
     * editor could not restyle them all at once.
     */
    private static CTStyle term() {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(TERM);
        style.setType(STStyleType.CHARACTER);
        style.addNewName().setVal("Glossary term");
        style.addNewUiPriority().setVal(BigInteger.valueOf(20));
        CTUnderline underline = style.addNewRPr().addNewU();
        underline.setVal(STUnderline.DOTTED);
        underline.setColor("2F5496");
        return style;
    }

    /** Marks a run as a glossary term. */
    static void term(org.apache.poi.xwpf.usermodel.XWPFRun run) {
        run.setStyle(TERM);
    }

    /** A paragraph style; {@code level} is its outline level (-1 for none), {@code halfPoints} its size. */
    private static CTStyle heading(String id, String name, int level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(level < 0 ? 10 : 9));
        style.addNewQFormat();
        CTPPrGeneral pPr = style.addNewPPr();
        pPr.addNewKeepNext();
        pPr.addNewSpacing().setBefore(BigInteger.valueOf(240));
        if (level >= 0) {
            pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        }
        CTRPr rPr = style.addNewRPr();
        rPr.addNewB();
        rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return style;
    }
}
