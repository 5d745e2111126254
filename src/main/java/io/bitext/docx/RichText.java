package io.bitext.docx;

import io.bitext.note.Inline;
import io.bitext.note.InlineKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a stretch of the note's source as formatted runs: Markdown markers dropped, {@code **bold**}
 * bold, {@code ==highlight==} highlighted yellow, glossary terms in the term style, and a Word comment
 * anchored on exactly the characters each finding concerns.
 */
final class RichText {
    private final String source;
    private final List<Inline> inlines;
    private final List<int[]> terms;
    private final List<Comments.Anchor> anchors;

    RichText(String source, List<Inline> inlines, List<int[]> terms, List<Comments.Anchor> anchors) {
        this.source = source;
        this.inlines = inlines;
        this.terms = terms;
        this.anchors = anchors;
    }

    /*
     * The formatting of one visible character, as bits: compared for every cut of a table's thousands
     * of runs, where a record's generated equals is a method-handle call.
     */
    private static final int BOLD = 1;
    private static final int ITALIC = 2;
    private static final int HIGHLIGHT = 4;
    private static final int CODE = 8;
    private static final int TERM = 16;

    /**
     * Writes source [from, to). Formatting can only change where a marker, a mark's content, a term or
     * a comment starts or ends, so the text is cut there and each piece is looked at once; pieces of
     * one style with no comment edge between them make one run.
     */
    void write(WordXml xml, int from, int to, StringBuilder shown) {
        int[] cuts = cuts(from, to);
        List<Comments.Anchor> open = new ArrayList<>();
        int i = 0;
        while (i < cuts.length - 1) {
            int at = cuts[i];
            for (Comments.Anchor a : anchors) {
                if (a.start() == at && !isOpen(open, a)) {
                    xml.empty("commentRangeStart").attr("id", a.id());
                    open.add(a);
                }
            }
            if (hidden(at)) {
                i++;
                closeEnded(xml, open, cuts[i]);
                continue;
            }
            int style = style(at);
            int next = i + 1;
            while (next < cuts.length - 1 && !hidden(cuts[next]) && style(cuts[next]) == style && !boundary(cuts[next])) {
                next++;
            }
            String piece = source.substring(at, cuts[next]);
            run(xml, piece, style);
            shown.append(piece);
            i = next;
            closeEnded(xml, open, cuts[i]);
        }
        for (Comments.Anchor a : open) {
            Comments.close(xml, a.id());
        }
    }

    /**
     * The characters of source [from, to) the document shows, each mapped to its source offset: what a
     * reviewer's edit of the cell is read against.
     */
    static io.bitext.text.MappedText visible(String source, List<Inline> inlines, int from, int to) {
        RichText text = new RichText(source, inlines, List.of(), List.of());
        io.bitext.text.MappedText.Builder shown = new io.bitext.text.MappedText.Builder();
        for (int at = from; at < to; at++) {
            if (!text.hidden(at)) {
                shown.append(source.charAt(at), at);
            }
        }
        return shown.build();
    }

    /** from, to and every edge of a mark, its content, a term or a comment between them, in order. */
    private int[] cuts(int from, int to) {
        int[] edges = new int[2 + 4 * inlines.size() + 2 * terms.size() + 2 * anchors.size()];
        int n = 0;
        edges[n++] = from;
        edges[n++] = to;
        for (Inline inline : inlines) {
            edges[n++] = inline.span().offset();
            edges[n++] = inline.span().end();
            edges[n++] = inline.content().offset();
            edges[n++] = inline.content().end();
        }
        for (int[] term : terms) {
            edges[n++] = term[0];
            edges[n++] = term[1];
        }
        for (Comments.Anchor a : anchors) {
            edges[n++] = a.start();
            edges[n++] = a.end();
        }
        int kept = 0;
        for (int k = 0; k < n; k++) {
            if (edges[k] >= from && edges[k] <= to) {
                edges[kept++] = edges[k];
            }
        }
        Arrays.sort(edges, 0, kept);
        int distinct = 0;
        for (int k = 0; k < kept; k++) {
            if (distinct == 0 || edges[k] != edges[distinct - 1]) {
                edges[distinct++] = edges[k];
            }
        }
        return Arrays.copyOf(edges, distinct);
    }

    /** Whether the comment is open: by id, each place's one anchor (a record's equals is a method-handle call). */
    private static boolean isOpen(List<Comments.Anchor> open, Comments.Anchor anchor) {
        for (int k = 0; k < open.size(); k++) {
            if (open.get(k).id() == anchor.id()) {
                return true;
            }
        }
        return false;
    }

    private static void closeEnded(WordXml xml, List<Comments.Anchor> open, int at) {
        for (int k = 0; k < open.size(); k++) {
            if (open.get(k).end() <= at) {
                Comments.close(xml, open.remove(k--).id());
            }
        }
    }

    /** Where a comment starts or ends, a run must end. */
    private boolean boundary(int at) {
        for (Comments.Anchor a : anchors) {
            if (a.start() == at || a.end() == at) {
                return true;
            }
        }
        return false;
    }

    private boolean hidden(int at) {
        for (Inline inline : inlines) {
            boolean marker = inline.span().contains(at) && !inline.content().contains(at)
                    && !(inline.content().length() == 0 && inline.kind() == InlineKind.LINK);
            if (marker && inline.kind() != InlineKind.CODE) {
                return true;
            }
        }
        return false;
    }

    private int style(int at) {
        int style = 0;
        for (Inline inline : inlines) {
            if (inline.content().contains(at)) {
                InlineKind kind = inline.kind();
                style |= kind == InlineKind.BOLD ? BOLD : kind == InlineKind.ITALIC ? ITALIC
                        : kind == InlineKind.HIGHLIGHT ? HIGHLIGHT : kind == InlineKind.CODE ? CODE : 0;
            }
        }
        for (int[] t : terms) {
            if (at >= t[0] && at < t[1]) {
                style |= TERM;
            }
        }
        return style;
    }

    /** A run with only what differs from the defaults: a note's table has thousands of runs. */
    private static void run(WordXml xml, String text, int style) {
        xml.start("r");
        if (style != 0) {
            xml.start("rPr");
            if ((style & TERM) != 0) {
                xml.val("rStyle", Styles.TERM);
            }
            if ((style & CODE) != 0) {
                xml.empty("rFonts").attr("ascii", Fonts.MONO).attr("hAnsi", Fonts.MONO);
            }
            if ((style & BOLD) != 0) {
                xml.empty("b");
            }
            if ((style & ITALIC) != 0) {
                xml.empty("i");
            }
            if ((style & HIGHLIGHT) != 0) {
                xml.val("highlight", "yellow");
            }
            xml.end();
        }
        xml.text(text).end();
    }
}
