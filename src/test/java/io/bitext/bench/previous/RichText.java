package io.bitext.bench.previous;

import io.bitext.note.Inline;
import io.bitext.note.InlineKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a stretch of the note's source into a paragraph as formatted runs: Markdown markers
 * dropped, {@code **bold**} bold, {@code ==highlight==} highlighted yellow, glossary terms
 * underlined, and a Word comment anchored on exactly the characters each finding concerns.
 */
final class RichText {
    private final String source;
    private final List<Inline> inlines;
    private final List<int[]> terms;
    private final List<Anchor> anchors;

    /** A comment to anchor on source [start, end). */
    record Anchor(int start, int end, BigInteger id) {
    }

    RichText(String source, List<Inline> inlines, List<int[]> terms, List<Anchor> anchors) {
        this.source = source;
        this.inlines = inlines;
        this.terms = terms;
        this.anchors = anchors;
    }

    /** The formatting of one visible character. */
    private record Style(boolean bold, boolean italic, boolean highlight, boolean code, boolean term) {
    }

    /**
     * Writes source [from, to). Formatting can only change where a marker, a mark's content, a term or
     * a comment starts or ends, so the text is cut there and each piece is looked at once; pieces of
     * one style with no comment edge between them make one run.
     */
    void write(XWPFParagraph paragraph, int from, int to) {
        int[] cuts = cuts(from, to);
        List<Anchor> open = new ArrayList<>();
        int i = 0;
        while (i < cuts.length - 1) {
            int at = cuts[i];
            for (Anchor a : anchors) {
                if (a.start() == at && !open.contains(a)) {
                    paragraph.getCTP().addNewCommentRangeStart().setId(a.id());
                    open.add(a);
                }
            }
            if (hidden(at)) {
                i++;
                closeEnded(paragraph, open, cuts[i]);
                continue;
            }
            Style style = style(at);
            int next = i + 1;
            while (next < cuts.length - 1 && !hidden(cuts[next]) && style(cuts[next]).equals(style) && !boundary(cuts[next])) {
                next++;
            }
            run(paragraph, source.substring(at, cuts[next]), style);
            i = next;
            closeEnded(paragraph, open, cuts[i]);
        }
        for (Anchor a : open) {
            close(paragraph, a);
        }
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
        for (Anchor a : anchors) {
            edges[n++] = a.start();
            edges[n++] = a.end();
        }
        return java.util.Arrays.stream(edges, 0, n).filter(e -> e >= from && e <= to).sorted().distinct().toArray();
    }

    private void closeEnded(XWPFParagraph paragraph, List<Anchor> open, int at) {
        for (Anchor a : List.copyOf(open)) {
            if (a.end() <= at) {
                close(paragraph, a);
                open.remove(a);
            }
        }
    }

    private static void close(XWPFParagraph paragraph, Anchor a) {
        paragraph.getCTP().addNewCommentRangeEnd().setId(a.id());
        paragraph.createRun().getCTR().addNewCommentReference().setId(a.id());
    }

    /** Where a comment starts or ends, a run must end. */
    private boolean boundary(int at) {
        return anchors.stream().anyMatch(a -> a.start() == at || a.end() == at);
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

    private Style style(int at) {
        boolean bold = false;
        boolean italic = false;
        boolean highlight = false;
        boolean code = false;
        for (Inline inline : inlines) {
            if (inline.content().contains(at)) {
                bold |= inline.kind() == InlineKind.BOLD;
                italic |= inline.kind() == InlineKind.ITALIC;
                highlight |= inline.kind() == InlineKind.HIGHLIGHT;
                code |= inline.kind() == InlineKind.CODE;
            }
        }
        boolean term = terms.stream().anyMatch(t -> at >= t[0] && at < t[1]);
        return new Style(bold, italic, highlight, code, term);
    }

    private static void run(XWPFParagraph paragraph, String text, Style style) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        // only what differs from the defaults: every extra element costs in a document of thousands of runs
        if (style.bold()) {
            run.setBold(true);
        }
        if (style.italic()) {
            run.setItalic(true);
        }
        if (style.highlight()) {
            run.setTextHighlightColor("yellow");
        }
        if (style.term()) {
            Styles.term(run);
        }
        if (style.code()) {
            run.setFontFamily("Consolas", XWPFRun.FontCharRange.ascii);
        }
    }
}
