package io.bitext.note;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the inline marks of one block's text: bold, italic, links and code from flexmark's tree, and
 * Obsidian's {@code ==highlight==}, which CommonMark does not know and is paired here by scanning
 * the text outside code spans.
 */
final class InlineScanner {
    private final SourceText source;
    /** flexmark's marks of the whole paragraph, by start offset. */
    private final List<Inline> marks;

    private InlineScanner(SourceText source, List<Inline> marks) {
        this.source = source;
        this.marks = marks;
    }

    /**
     * The marks of one paragraph, found once: a paragraph of thousands of turns asks for the marks of
     * each turn, and walking the paragraph's tree for each would cost the square of its length.
     */
    static InlineScanner of(SourceText source, Node paragraph, int base) {
        List<Inline> marks = new ArrayList<>();
        for (Node node : paragraph.getDescendants()) {
            Inline inline = toInline(source, node, base);
            if (inline != null) {
                marks.add(inline);
            }
        }
        marks.sort(Comparator.comparingInt((Inline i) -> i.span().offset()));
        return new InlineScanner(source, marks);
    }

    static List<Inline> scan(SourceText source, Node paragraph, int base, int textStart, int textEnd) {
        return of(source, paragraph, base).within(textStart, textEnd);
    }

    /** The marks that lie wholly in {@code [textStart, textEnd)}, highlights included, outer before inner. */
    List<Inline> within(int textStart, int textEnd) {
        List<Inline> inlines = new ArrayList<>();
        for (int i = firstAtOrAfter(textStart); i < marks.size() && marks.get(i).span().offset() < textEnd; i++) {
            Inline inline = marks.get(i);
            if (inline.span().end() <= textEnd) {
                inlines.add(inline);
            }
        }
        inlines.addAll(highlights(source, textStart, textEnd, inlines));
        inlines.sort(OUTER_FIRST);
        return inlines;
    }

    /** In source order; of two marks that start together, the longer (the outer) first. */
    private static final Comparator<Inline> OUTER_FIRST =
            Comparator.comparingInt((Inline i) -> i.span().offset()).thenComparing(i -> -i.span().length());

    private int firstAtOrAfter(int offset) {
        int low = 0;
        int high = marks.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (marks.get(mid).span().offset() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static Inline toInline(SourceText source, Node node, int base) {
        if (node instanceof StrongEmphasis strong) {
            return delimited(source, InlineKind.BOLD, node, strong.getText(), base, null);
        }
        if (node instanceof Emphasis emphasis) {
            return delimited(source, InlineKind.ITALIC, node, emphasis.getText(), base, null);
        }
        if (node instanceof Code code) {
            return delimited(source, InlineKind.CODE, node, code.getText(), base, null);
        }
        if (node instanceof Link link) {
            return delimited(source, InlineKind.LINK, node, link.getText(), base, link.getUrl().toString());
        }
        if (node instanceof AutoLink link) {
            return delimited(source, InlineKind.LINK, node, link.getText(), base, link.getUrl().toString());
        }
        return null;
    }

    private static Inline delimited(SourceText source, InlineKind kind, Node node, BasedSequence content,
                                    int base, String target) {
        int start = base + node.getStartOffset();
        int end = base + node.getEndOffset();
        int contentStart = content.isNull() ? start : base + content.getStartOffset();
        int contentEnd = content.isNull() ? start : base + content.getEndOffset();
        if (contentStart < start || contentEnd > end || contentEnd < contentStart) {
            return null;
        }
        return new Inline(kind, source.span(start, end), source.span(contentStart, contentEnd), target);
    }

    /** {@code ==…==} pairs, left to right, never inside a code span. */
    private static List<Inline> highlights(SourceText source, int from, int to, List<Inline> known) {
        List<Inline> found = new ArrayList<>();
        String text = source.text();
        List<Span> code = null; // listed at the first == only: most blocks have none
        int nextCode = 0;
        int open = -1;
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) != '=' || text.charAt(i + 1) != '=' || (i > from && text.charAt(i - 1) == '\\')) {
                continue;
            }
            code = code == null ? codeSpans(known) : code;
            while (nextCode < code.size() && code.get(nextCode).end() <= i) {
                nextCode++; // code spans are in order and never nest: those behind i are done with
            }
            if (nextCode < code.size() && code.get(nextCode).contains(i)) {
                continue;
            }
            if (open < 0) {
                open = i;
            } else if (i > open + 2) {
                found.add(new Inline(InlineKind.HIGHLIGHT, source.span(open, i + 2), source.span(open + 2, i), null));
                open = -1;
            }
            i++;
        }
        return found;
    }

    private static List<Span> codeSpans(List<Inline> inlines) {
        List<Span> code = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline.kind() == InlineKind.CODE) {
                code.add(inline.span());
            }
        }
        return code;
    }
}
